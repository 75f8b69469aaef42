import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import type { AbCardsStep } from './schema';

/** One card at a time: choose between proposal A and proposal B. */
export default function AbCards({ step, onAttempt, text }: InteractionProps<AbCardsStep>) {
  const { t } = useTranslation('citizen');
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const card = step.cards[index];

  useEffect(() => {
    // The next card's question takes focus so a keyboard or screen-reader user hears it.
    if (index > 0) heading.current?.focus();
  }, [index]);

  if (!card) {
    return <p className="ia-status">{t('abCards.done', { count: step.cards.length })}</p>;
  }

  const pick = (side: 'a' | 'b') => {
    if (side !== card.correct) {
      onAttempt({ correct: false, feedbackId: card.id });
      return;
    }
    const next = index + 1;
    setIndex(next);
    if (next === step.cards.length) onAttempt({ correct: true });
  };

  return (
    <div className="ia-ab">
      <p className="ia-prompt">{text(step.prompt)}</p>
      <p className="ia-status">
        {t('abCards.progress', { n: index + 1, count: step.cards.length })}
      </p>
      <div className="ia-ab__card">
        <h2 ref={heading} tabIndex={-1} className="ia-ab__question">
          {text(card.question)}
        </h2>
        <div className="ia-ab__options">
          {(['a', 'b'] as const).map((side) => (
            <button key={side} type="button" className="ia-ab__option" onClick={() => pick(side)}>
              <span className="ia-ab__letter" aria-hidden="true">
                {side.toUpperCase()}
              </span>
              {text(card[side])}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
