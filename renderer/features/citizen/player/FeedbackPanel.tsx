import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

export type Feedback =
  | { kind: 'right'; text: string | null }
  | { kind: 'wrong'; text: string; detail?: string | undefined };

interface FeedbackPanelProps {
  feedback: Feedback;
  onContinue: () => void;
  onRetry: () => void;
}

/**
 * What follows every answer: praise and "Continuer" when right; the feedback written for that
 * answer and "Réessayer" when wrong. Its button takes focus so keyboard users go on at once.
 */
export function FeedbackPanel({ feedback, onContinue, onRetry }: FeedbackPanelProps) {
  const { t } = useTranslation('citizen');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, [feedback]);

  const right = feedback.kind === 'right';
  return (
    <section className={`feedback feedback--${feedback.kind}`} role="status" aria-live="polite">
      <p className="feedback__title">
        <Icon name={right ? 'check' : 'cross'} size={32} />
        {right ? t('player.right') : t('player.wrong')}
      </p>
      {feedback.kind === 'wrong' && feedback.detail && (
        <p className="feedback__text feedback__detail">{feedback.detail}</p>
      )}
      {feedback.text && <p className="feedback__text">{feedback.text}</p>}
      <button
        ref={button}
        type="button"
        className="button button--primary"
        onClick={right ? onContinue : onRetry}
      >
        {right ? t('player.continue') : t('player.retry')}
      </button>
    </section>
  );
}
