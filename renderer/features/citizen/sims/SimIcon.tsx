/**
 * Inline SVG icons of the simulators (no emoji: counter PCs often lack an emoji font).
 * Kept apart from ui/Icon.tsx so the simulators do not crowd the shared set.
 * Decorative: the text next to an icon carries the meaning.
 */
const PATHS = {
  padlock:
    'M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z',
  warning: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
  folder: 'M3 5a1 1 0 0 1 1-1h6l2 2h8a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z',
  file: 'M6 2h8l5 5v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm7 1.5V8h4.5zM8 12v2h8v-2zm0 4v2h8v-2z',
  image:
    'M4 4h16a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm1 13h14l-4.5-6-3.5 4.5-2.5-3zm3-7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  mail: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.4V17h16V7.4l-8 5.3z',
  eye: 'M12 5c5 0 9 4.5 10 7-1 2.5-5 7-10 7S3 14.5 2 12c1-2.5 5-7 10-7zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
  eyeOff:
    'M3.3 2 22 20.7 20.7 22l-3.4-3.4A10.8 10.8 0 0 1 12 20C7 20 3 15.5 2 13c.5-1.3 1.8-3.2 3.6-4.8L2 4.6zM12 6c5 0 9 4.5 10 7-.4 1-1.2 2.3-2.3 3.5L16 12.8A4 4 0 0 0 11.2 8L9.3 6.3C10.2 6.1 11.1 6 12 6zm-4 6.9a4 4 0 0 0 4.1 4.1z',
  search:
    'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z',
  paperclip:
    'M16.5 6.5v9.5a4.5 4.5 0 0 1-9 0V5.5a3 3 0 0 1 6 0v10a1.5 1.5 0 0 1-3 0V6.5h-1.5V15.5a3 3 0 0 0 6 0v-10a4.5 4.5 0 0 0-9 0V16a6 6 0 0 0 12 0V6.5z',
  send: 'M2 21 23 12 2 3v7l15 2-15 2z',
  trash: 'M9 3h6l1 1h4v2H4V4h4zM6 8h12l-1 13H7z',
  flag: 'M5 3h2v1h12l-3 5 3 5H7v7H5z',
  reply: 'M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z',
  phone:
    'M7 2h10a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 3v13h10V5zm4 14v1h2v-1z',
  message: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z',
  user: 'M12 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0 12c5 0 9 2.5 9 6v2H3v-2c0-3.5 4-6 9-6z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  cross:
    'M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z',
  home: 'M12 3 2 12h3v8h5v-6h4v6h5v-8h3z',
  back: 'M15.5 4.5 8 12l7.5 7.5-1.4 1.4L5.2 12l8.9-8.9z',
  keyboard:
    'M3 6h18a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zm2 3v2h2V9zm4 0v2h2V9zm4 0v2h2V9zm4 0v2h2V9zM7 14v2h10v-2z',
} as const;

/** Name of one of the simulators' icons. */
export type SimIconName = keyof typeof PATHS;

/** A decorative 24×24 icon drawn in the current text colour. */
export function SimIcon({ name, size = 24 }: { name: SimIconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="sim-icon"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
