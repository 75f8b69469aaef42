/** The product mark: a counter screen with a cursor, drawn in SVG (no image request). */
export function Logo({ size = 56 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
      className="logo"
    >
      <rect x="4" y="8" width="56" height="38" rx="6" fill="currentColor" />
      <rect x="10" y="14" width="44" height="26" rx="3" fill="var(--surface)" />
      <path d="M28 20l12 9-6 1 3 6-3 1-3-6-4 4z" fill="currentColor" />
      <rect x="24" y="50" width="16" height="6" rx="2" fill="currentColor" />
    </svg>
  );
}
