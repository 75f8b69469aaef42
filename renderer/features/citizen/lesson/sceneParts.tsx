/** Pieces shared by the lesson drawings: the stroke style and the arrow pointer. */

export const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 3,
  strokeLinejoin: 'round',
} as const;

export const POINTER_PATH = 'M0 0v24l6-6 5 10 5-2-5-10h9z';

/** The arrow pointer, placed at (x, y); `motion` is the lesson.css class that moves it. */
export function Pointer({ x, y, motion }: { x: number; y: number; motion?: string }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <g className={motion}>
        <path d={POINTER_PATH} className="lesson-pointer" />
      </g>
    </g>
  );
}
