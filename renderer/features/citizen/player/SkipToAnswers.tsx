import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** What Tab stops on (the answers region itself excepted). */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** From this many Tab stops before the answers, a keyboard user is offered the shortcut. */
export const MANY_CONTROLS = 8;

/**
 * The region an interaction marks with `data-answers`, if many controls come before it in
 * the exercise (its tools and the simulated site), counted from the exercise's title.
 */
function farAnswers(stage: HTMLElement): HTMLElement | null {
  const answers = stage.querySelector<HTMLElement>('[data-answers]');
  if (!answers) return null;
  const exercise = stage.closest('.player') ?? stage;
  const before = [...exercise.querySelectorAll(FOCUSABLE)].filter(
    (el) =>
      !el.classList.contains('skip-link') &&
      !answers.contains(el) &&
      el.compareDocumentPosition(answers) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.length >= MANY_CONTROLS ? answers : null;
}

/**
 * "Aller aux réponses": a skip link, shown when it gets keyboard focus, for exercises whose
 * answers come after a whole simulated site or inbox (dozens of Tab presses otherwise).
 * Follows the stage as its content loads and changes.
 */
export function SkipToAnswers({
  stage,
  stepKey,
}: {
  stage: RefObject<HTMLElement | null>;
  /** Changes with the step, so the search starts again. */
  stepKey: string;
}) {
  const { t } = useTranslation('learner');
  const [target, setTarget] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    const update = () => setTarget(farAnswers(root));
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [stage, stepKey]);

  if (!target) return null;
  return (
    <button
      type="button"
      className="skip-link"
      onClick={() => {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }}
    >
      {t('skipToAnswers')}
    </button>
  );
}
