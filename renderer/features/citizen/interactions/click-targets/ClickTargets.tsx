import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import type { ClickTargetsStep } from './schema';

/** Where targets appear, in % of the play area: spread out, never at the very edge. */
const SPOTS: readonly (readonly [number, number])[] = [
  [20, 30],
  [72, 62],
  [42, 78],
  [82, 22],
  [14, 70],
  [56, 34],
  [30, 16],
  [86, 80],
  [62, 86],
  [46, 52],
];

/** Size in px of the target number `index`, shrinking linearly from start to end size. */
export function targetSize(
  step: Pick<ClickTargetsStep, 'count' | 'startSize' | 'endSize'>,
  index: number,
): number {
  if (step.count <= 1) return step.startSize;
  return Math.round(step.startSize + ((step.endSize - step.startSize) * index) / (step.count - 1));
}

/** Click each target as it appears; targets get smaller. Keyboard: Tab to the target, Enter. */
export default function ClickTargets({
  step,
  onAttempt,
  text,
}: InteractionProps<ClickTargetsStep>) {
  const { t } = useTranslation('citizen');
  const [hit, setHit] = useState(0);
  const target = useRef<HTMLButtonElement>(null);
  const byKeyboard = useRef(false);

  useEffect(() => {
    // Keyboard users keep their place: focus follows the new target. Mouse users are left alone.
    if (byKeyboard.current) target.current?.focus();
  }, [hit]);

  const onHit = (event: MouseEvent<HTMLButtonElement>) => {
    byKeyboard.current = event.detail === 0;
    const next = hit + 1;
    setHit(next);
    if (next === step.count) onAttempt({ correct: true });
  };

  const done = hit >= step.count;
  const spot = SPOTS[hit % SPOTS.length] ?? [50, 50];
  const size = targetSize(step, hit);

  return (
    <div className="ia-click">
      <div className="ia-click__head">
        <p className="ia-prompt">{text(step.prompt)}</p>
        <p className="ia-status" aria-live="polite">
          {t('clickTargets.progress', { hit, count: step.count })}
        </p>
      </div>
      <div className="ia-click__area">
        {!done && (
          <button
            key={hit}
            ref={target}
            type="button"
            className="ia-click__target"
            style={{
              // Never cut by the area's edge, however small the area is on screen.
              insetInlineStart: `clamp(${size / 2}px, ${spot[0]}%, calc(100% - ${size / 2}px))`,
              insetBlockStart: `clamp(${size / 2}px, ${spot[1]}%, calc(100% - ${size / 2}px))`,
              inlineSize: size,
              blockSize: size,
            }}
            onClick={onHit}
          >
            <span className="visually-hidden">
              {t('clickTargets.target', { n: hit + 1, count: step.count })}
            </span>
          </button>
        )}
      </div>
    </div>
  );
}
