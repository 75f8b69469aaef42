/**
 * The small set of inline SVG illustrations that exercises and parcours name in their JSON
 * (`illustration`, `pictogram`). Decorative: titles carry the meaning. Colours come from the
 * current text and primary colours, so high contrast works without extra rules.
 */
import type { ReactElement } from 'react';
import type { IllustrationName } from '../content/illustrationNames';

const S = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 3,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;
const A = { fill: 'var(--primary)' } as const;

const DRAWINGS: Record<IllustrationName, ReactElement> = {
  mouse: (
    <>
      <rect x="18" y="8" width="28" height="48" rx="14" {...S} />
      <path d="M32 8v16M18 24h28" {...S} />
      <rect x="20" y="10" width="11" height="13" rx="5" {...A} />
    </>
  ),
  keyboard: (
    <>
      <rect x="4" y="16" width="56" height="32" rx="4" {...S} />
      <path
        d="M12 25h4M22 25h4M32 25h4M42 25h4M52 25h0M12 33h4M22 33h4M32 33h4M42 33h8M18 41h28"
        {...S}
      />
      <rect x="16" y="38" width="32" height="6" rx="2" {...A} />
    </>
  ),
  form: (
    <>
      <rect x="12" y="6" width="40" height="52" rx="3" {...S} />
      <path d="M20 16h24M20 24h24M20 36h24M20 44h14" {...S} />
      <rect x="19" y="28" width="26" height="3" {...A} />
    </>
  ),
  folder: (
    <>
      <path
        d="M6 16a3 3 0 0 1 3-3h15l5 5h26a3 3 0 0 1 3 3v28a3 3 0 0 1-3 3H9a3 3 0 0 1-3-3z"
        {...S}
      />
      <path d="M6 26h52" {...S} />
      <rect x="10" y="30" width="44" height="18" rx="2" {...A} opacity="0.35" />
    </>
  ),
  mail: (
    <>
      <rect x="6" y="14" width="52" height="36" rx="3" {...S} />
      <path d="m6 16 26 20 26-20" {...S} />
      <circle cx="52" cy="14" r="7" {...A} />
    </>
  ),
  padlock: (
    <>
      <rect x="14" y="28" width="36" height="28" rx="4" {...S} />
      <path d="M22 28v-8a10 10 0 0 1 20 0v8" {...S} />
      <circle cx="32" cy="41" r="4" {...A} />
    </>
  ),
  shield: (
    <>
      <path d="M32 6 10 14v16c0 14 10 23 22 28 12-5 22-14 22-28V14z" {...S} />
      <path d="m22 32 7 7 13-14" {...S} stroke="var(--primary)" />
    </>
  ),
  'town-hall': (
    <>
      <path d="M6 24 32 8l26 16zM10 56h44M12 28v24M22 28v24M42 28v24M52 28v24" {...S} />
      <rect x="28" y="34" width="8" height="18" {...A} />
    </>
  ),
  'id-card': (
    <>
      <rect x="4" y="14" width="56" height="36" rx="4" {...S} />
      <circle cx="20" cy="30" r="6" {...S} />
      <path d="M11 44c2-5 16-5 18 0M36 26h16M36 34h16M36 42h10" {...S} />
      <rect x="4" y="14" width="56" height="6" rx="2" {...A} />
    </>
  ),
  computer: (
    <>
      <rect x="6" y="8" width="52" height="36" rx="3" {...S} />
      <path d="M24 56h16M32 44v12" {...S} />
      <rect x="11" y="13" width="42" height="26" {...A} opacity="0.35" />
    </>
  ),
  phone: (
    <>
      <rect x="18" y="4" width="28" height="56" rx="5" {...S} />
      <path d="M28 52h8" {...S} />
      <rect x="22" y="12" width="20" height="34" rx="1" {...A} opacity="0.35" />
    </>
  ),
  document: (
    <>
      <path d="M14 4h26l12 12v44H14z" {...S} />
      <path d="M40 4v12h12M22 28h22M22 36h22M22 44h14" {...S} />
    </>
  ),
};

/** One illustration by name, `size` pixels square. */
export function Illustration({ name, size = 64 }: { name: IllustrationName; size?: number }) {
  return (
    <svg
      className="illustration"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
    >
      {DRAWINGS[name]}
    </svg>
  );
}
