import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { TermEntry } from './TermEntry';
import { useMetTerms } from './metTerms';
import { findTerm } from './terms';

interface FrenchWordsProps {
  lang: Language;
  /** The exercise's stage, where the simulated sites mark their words (`data-term`). */
  stage: RefObject<HTMLElement | null>;
}

const INTERACTIVE = 'button, a, input, select, textarea, label';

/** The ids of the marked words now shown in `root`, in page order, once each. */
function termsIn(root: HTMLElement): string[] {
  const ids = [...root.querySelectorAll<HTMLElement>('[data-term]')].map(
    (el) => el.dataset.term ?? '',
  );
  return [...new Set(ids)].filter((id) => findTerm(id) !== undefined);
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * For learners who do not read French well: the simulated sites stay in French, as in real
 * life, and this explains their marked words in the learner's language — a button listing the
 * words of the screen, and a tap on a marked word (not on a control: a button still does
 * what it says) opens its explanation. Not shown in French; in every language, the words
 * shown are noted as met, for the end screen's recap.
 */
export function FrenchWords({ lang, stage }: FrenchWordsProps) {
  const { t } = useTranslation('words');
  const { noteMet } = useMetTerms();
  const [ids, setIds] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  const active = lang !== 'fr';

  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    const refresh = () => {
      const now = termsIn(root);
      setIds((old) => (same(old, now) ? old : now));
    };
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(root, { childList: true, subtree: true });
    if (!active) return () => observer.disconnect();
    // A tap on a marked word that is not a control explains it (delegated: the words are
    // plain text inside the simulated site).
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const marked = target?.closest<HTMLElement>('[data-term]');
      if (!marked || target?.closest(INTERACTIVE)) return;
      setCurrent(marked.dataset.term ?? null);
      setOpen(true);
    };
    root.addEventListener('click', onClick);
    return () => {
      observer.disconnect();
      root.removeEventListener('click', onClick);
    };
  }, [active, stage]);

  useEffect(() => {
    if (ids.length > 0) noteMet(ids);
  }, [ids, noteMet]);

  if (!active || ids.length === 0) return null;
  return (
    <div className="french-words">
      <button
        type="button"
        className="button french-words__toggle"
        aria-expanded={open}
        aria-controls="french-words-panel"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="french-words__badge" lang="fr" dir="ltr">
          Fr
        </span>{' '}
        {t('onScreenCount', { count: ids.length })}
      </button>
      {open && (
        <section id="french-words-panel" className="french-words__panel" aria-label={t('onScreen')}>
          <dl>
            {ids.map((id) => {
              const term = findTerm(id);
              if (!term) return null;
              return (
                <div
                  key={id}
                  className="french-words__item"
                  data-current={current === id || undefined}
                >
                  <TermEntry term={term} lang={lang} exampleClassName="french-words__example" />
                </div>
              );
            })}
          </dl>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </section>
      )}
    </div>
  );
}
