/**
 * Inline SVG icons (no emoji: counter PCs often lack a colour emoji font, and no image
 * request). Decorative: the text next to an icon carries the meaning.
 * A feature adds an icon by adding one path here.
 */
const PATHS = {
  lock: 'M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z',
  speaker:
    'M4 9h4l5-4v14l-5-4H4zm12.5-1.5a6 6 0 0 1 0 9l-1.4-1.4a4 4 0 0 0 0-6.2zm2.8-2.8a10 10 0 0 1 0 14.6l-1.4-1.4a8 8 0 0 0 0-11.8z',
  speakerOff:
    'M4 9h4l5-4v14l-5-4H4zm11.3.7 1.4-1.4 2.3 2.3 2.3-2.3 1.4 1.4-2.3 2.3 2.3 2.3-1.4 1.4-2.3-2.3-2.3 2.3-1.4-1.4 2.3-2.3z',
  stop: 'M6 6h12v12H6z',
  contrast: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z',
  touch:
    'M10 2a2 2 0 0 1 2 2v7.3l4.6 1.3a2 2 0 0 1 1.4 2.3L17 21H8.5L4.3 15.6a1.6 1.6 0 0 1 2.3-2.2L8 14.6V4a2 2 0 0 1 2-2z',
  back: 'M15.5 4.5 8 12l7.5 7.5-1.4 1.4L5.2 12l8.9-8.9z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  cross:
    'M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z',
  home: 'M12 3 2 12h3v8h5v-6h4v6h5v-8h3z',
  bulb: 'M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zm-3 18h6v1a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1z',
  next: 'M8.5 4.5 16 12l-7.5 7.5 1.4 1.4 8.9-8.9-8.9-8.9z',
  exit: 'M10 3h9a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1h-9v-2h8V5h-8zm1.6 4.6L16 12l-4.4 4.4-1.4-1.4 2-2H3v-2h9.2l-2-2z',
} as const;

export type IconName = keyof typeof PATHS;

/** Icons that show a direction: mirrored in right-to-left languages (see words.css). */
const DIRECTIONAL = new Set<IconName>(['back', 'next', 'exit']);

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={DIRECTIONAL.has(name) ? 'icon icon--directional' : 'icon'}
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
