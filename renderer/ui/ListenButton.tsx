import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadAloud } from '../lib/useReadAloud';
import { Icon } from './Icon';

interface ListenButtonProps {
  /** The text to read, taken at the moment of the tap. */
  text: () => string;
  lang: string;
  /** URL of a recorded file for this text, played instead of the system voice. */
  recordedSrc?: string;
  className?: string;
  /** Called when reading starts (the practice data notes that read-aloud was used). */
  onStart?: () => void;
}

/**
 * "Écouter": reads the text aloud, "Arrêter la lecture" while reading. Where nothing can speak
 * it stays in place with a muted icon and, when touched, says plainly why (and after a failed
 * try, at once): a person who cannot read must not lose the button without a word. It is not
 * marked disabled: touching it is how one learns why.
 */
export function ListenButton({ text, lang, recordedSrc, className, onStart }: ListenButtonProps) {
  const { t } = useTranslation('voice');
  const { reading, reason, toggle } = useReadAloud(lang, recordedSrc);
  const [asked, setAsked] = useState(false);
  const reasonId = useId();
  const showReason = reason !== null && (asked || reason === 'failed');

  const onClick = () => {
    setAsked(true);
    if (reason !== null && reason !== 'failed') return;
    if (!reading) onStart?.();
    toggle(text);
  };

  return (
    <span className="listen">
      <button
        type="button"
        className={className ?? 'button'}
        aria-describedby={showReason ? reasonId : undefined}
        onClick={onClick}
      >
        <Icon name={reading ? 'stop' : reason === null ? 'speaker' : 'speakerOff'} />{' '}
        {reading ? t('stop') : t('listen')}
      </button>
      <span id={reasonId} role="status" className="listen__reason">
        {showReason ? t(`reason.${reason}`) : ''}
      </span>
    </span>
  );
}
