/**
 * Lesson drawings of the keyboard: a text box above a French AZERTY keyboard. The keys the
 * lesson is about light up in turn; what they type appears in the box. At rest (reduced
 * motion) every lit key and the typed text are shown together.
 */
import { useTranslation } from 'react-i18next';
import type { LessonAnimationName } from '../content/lessonAnimations';
import { LESSON_ROWS, type LessonKey } from './keyboardLayout';

export type KeyboardGesture = Extract<LessonAnimationName, `keyboard-${string}`>;

interface Plan {
  /** Keys lit, each with its start in the cycle: 0, 0.25, 0.4, 0.5 or 0.75 (lesson.css). */
  lit: Record<string, number>;
  /** The animation of the lit keys: `turn` lights them one by one, `hold` keeps them on. */
  mode: 'turn' | 'hold';
  /** Text typed in the box. */
  typed?: string;
}

const PLANS: Record<KeyboardGesture, Plan> = {
  'keyboard-keys': { lit: { Enter: 0, Space: 0.25, Backspace: 0.5, Shift: 0.75 }, mode: 'turn' },
  'keyboard-shift': { lit: { Shift: 0, B: 0.4 }, mode: 'hold', typed: 'B' },
  'keyboard-accents': {
    lit: { '2': 0, '7': 0.25, '9': 0.5, '0': 0.75 },
    mode: 'turn',
    typed: 'é è ç à',
  },
  'keyboard-at': { lit: { AltGr: 0, '0': 0.4 }, mode: 'hold', typed: '@' },
};

const WIDTH = 308;
const ROW_H = 24;
const TOP = 48;
const CYCLE_S = 6;

export function KeyboardScene({ gesture }: { gesture: KeyboardGesture }) {
  const { t } = useTranslation('learning');
  const plan = PLANS[gesture];
  const names: Record<string, string> = {
    Enter: t('keys.enter'),
    Space: t('keys.space'),
    Backspace: t('keys.backspace'),
    Shift: t('keys.shift'),
  };
  // A turn lasts a quarter of the cycle; a negative delay starts each key at its own quarter.
  const turnDelay = (start: number) => ({ animationDelay: `${(start - 1) * CYCLE_S}s` });
  const from = (start: number) => `lesson-from-${Math.round(start * 100)}`;

  const drawKey = (key: LessonKey, x: number, y: number, w: number) => {
    const start = plan.lit[key.id];
    const lit = start !== undefined;
    const label = names[key.id] ?? key.label;
    return (
      <g key={key.id}>
        <rect x={x + 1} y={y + 1} width={w - 2} height={ROW_H - 2} rx="3" className="lesson-key" />
        {lit && (
          <rect
            x={x + 1}
            y={y + 1}
            width={w - 2}
            height={ROW_H - 2}
            rx="3"
            className={
              plan.mode === 'turn'
                ? 'lesson-key-lit lesson-key-lit--turn'
                : `lesson-key-lit ${from(start)}`
            }
            style={plan.mode === 'turn' ? turnDelay(start) : undefined}
          />
        )}
        {key.shifted && (
          <text x={x + 4} y={y + 10} className="lesson-key-small">
            {key.shifted}
          </text>
        )}
        <text
          x={key.shifted ? x + 4 : x + w / 2}
          y={y + (key.shifted ? 20 : 16)}
          textAnchor={key.shifted ? 'start' : 'middle'}
          className={label.length > 2 ? 'lesson-key-name' : 'lesson-key-text'}
        >
          {label}
        </text>
        {key.altGr && (
          <text x={x + w - 3} y={y + 20} textAnchor="end" className="lesson-key-alt">
            {key.altGr}
          </text>
        )}
      </g>
    );
  };

  return (
    <>
      {plan.typed && (
        <g>
          <rect x="90" y="6" width="140" height="32" rx="4" className="lesson-field" />
          <text x="160" y="29" textAnchor="middle" className={`lesson-typed ${from(0.5)}`}>
            {plan.typed}
          </text>
        </g>
      )}
      {LESSON_ROWS.map((row, r) => {
        const units = row.reduce((sum, k) => sum + (k.width ?? 1), 0);
        const unit = WIDTH / units;
        let x = 6;
        return (
          <g key={r}>
            {row.map((key) => {
              const w = (key.width ?? 1) * unit;
              const drawn = drawKey(key, x, TOP + r * (ROW_H + 2), w);
              x += w;
              return drawn;
            })}
          </g>
        );
      })}
    </>
  );
}
