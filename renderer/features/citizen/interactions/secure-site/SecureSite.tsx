import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { BrowserFrame } from '../../sims/BrowserFrame';
import type { SecureSiteStep } from './schema';

const LETTERS = ['A', 'B', 'C'] as const;

/**
 * A/B cards: in each, two look-alike sites in fake browsers; the person picks the official
 * one. A wrong pick sends that site's feedback; the last right pick completes the step.
 */
export default function SecureSite({ step, onAttempt, text }: InteractionProps<SecureSiteStep>) {
  const { t } = useTranslation('sims');
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const round = step.rounds[index] ?? step.rounds[0];

  useEffect(() => {
    // After a right answer, the next card replaces the buttons: keep keyboard users in place.
    if (index > 0) heading.current?.focus();
  }, [index]);

  if (!round) return null;

  const choose = (official: boolean, siteId: string) => {
    if (!official) return onAttempt({ correct: false, feedbackId: siteId });
    if (index + 1 < step.rounds.length) setIndex(index + 1);
    else onAttempt({ correct: true });
  };

  return (
    <div className="sim-secure">
      <h2 ref={heading} tabIndex={-1} className="sim-secure__question">
        {step.rounds.length > 1 ? (
          <span className="sim-secure__count">
            {t('secure.card', { n: index + 1, total: step.rounds.length })}{' '}
          </span>
        ) : null}
        {round.question ? text(round.question) : t('secure.question')}
      </h2>
      <div className="sim-secure__cards">
        {round.sites.map((site, i) => {
          const letter = LETTERS[i] ?? String(i + 1);
          return (
            <div key={`${index}-${site.id}`} className="sim-secure__card">
              <BrowserFrame
                address={site.address}
                secure={site.secure}
                label={t('secure.site', { letter })}
              >
                <p className="sim-secure__letter" aria-hidden="true">
                  {letter}
                </p>
                <p className="sim-secure__name">{text(site.siteName)}</p>
                <p>{text(site.pageText)}</p>
              </BrowserFrame>
              <button
                type="button"
                className="button button--primary sim-secure__choose"
                onClick={() => choose(site.official, site.id)}
              >
                {t('secure.choose', { letter })}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
