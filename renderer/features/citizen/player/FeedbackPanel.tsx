import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { ListenButton } from '../../../ui/ListenButton';

/** `audio`: the URL of a recorded file of the text, when the content has one. */
export type Feedback =
  | { kind: 'right'; text: string | null; audio?: string }
  | { kind: 'wrong'; text: string; audio?: string; detail?: string | undefined };

interface FeedbackPanelProps {
  feedback: Feedback;
  lang: string;
  onContinue: () => void;
  onRetry: () => void;
  /** Called when "Écouter" starts reading the feedback. */
  onListen?: () => void;
}

/**
 * What follows every answer: praise and "Continuer" when right; the feedback written for that
 * answer and "Réessayer" when wrong. Its button takes focus so keyboard users go on at once.
 */
export function FeedbackPanel({
  feedback,
  lang,
  onContinue,
  onRetry,
  onListen,
}: FeedbackPanelProps) {
  const { t } = useTranslation('citizen');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, [feedback]);

  const right = feedback.kind === 'right';
  const title = right ? t('player.right') : t('player.wrong');
  return (
    <section className={`feedback feedback--${feedback.kind}`} role="status" aria-live="polite">
      <p className="feedback__title">
        <Icon name={right ? 'check' : 'cross'} size={32} />
        {title}
      </p>
      {feedback.kind === 'wrong' && feedback.detail && (
        <p className="feedback__text feedback__detail">{feedback.detail}</p>
      )}
      {feedback.text && <p className="feedback__text">{feedback.text}</p>}
      <ListenButton
        text={() =>
          [title, feedback.kind === 'wrong' ? feedback.detail : null, feedback.text]
            .filter(Boolean)
            .join(' ')
        }
        lang={lang}
        recordedSrc={feedback.audio}
        onStart={onListen}
      />
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
