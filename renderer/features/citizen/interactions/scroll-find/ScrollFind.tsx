import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import type { ScrollFindStep } from './schema';

/**
 * A long page inside a scrollable frame (wheel, scrollbar, finger, or arrow keys once the
 * frame has focus); the answer is picked below it. Choices are compared by id.
 */
export default function ScrollFind({ step, onAttempt, text }: InteractionProps<ScrollFindStep>) {
  const { t } = useTranslation('citizen');
  const [answered, setAnswered] = useState<string | null>(null);

  const choose = (id: string) => {
    setAnswered(id);
    onAttempt(id === step.correctChoice ? { correct: true } : { correct: false, feedbackId: id });
  };

  return (
    <div className="ia-scroll">
      <p className="ia-prompt">{text(step.prompt)}</p>
      {/* Focusable so keyboard users can scroll it with the arrows and Page Down. */}
      <section
        className="ia-scroll__page"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard.
        tabIndex={0}
        aria-label={t('scrollFind.page', { title: text(step.pageTitle) })}
      >
        <h2 className="ia-scroll__title">{text(step.pageTitle)}</h2>
        {step.sections.map((section, i) => (
          <div key={i} className="ia-scroll__section">
            <h3>{text(section.heading)}</h3>
            <p>{text(section.body)}</p>
          </div>
        ))}
      </section>
      <fieldset className="ia-choices" data-answers>
        <legend>{text(step.question)}</legend>
        {step.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className="ia-choice"
            aria-pressed={answered === choice.id}
            onClick={() => choose(choice.id)}
          >
            {text(choice.label)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
