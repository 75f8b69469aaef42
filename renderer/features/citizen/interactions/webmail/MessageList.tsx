import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../types';
import type { MailMessage } from './schema';

export interface MessageListProps {
  messages: readonly MailMessage[];
  openId: string | null;
  onOpen: (id: string) => void;
  text: (value: LocalizedText) => string;
}

/** The inbox: one button per message (sender, subject, date). */
export function MessageList({ messages, openId, onOpen, text }: MessageListProps) {
  const { t } = useTranslation('sims');
  if (messages.length === 0) return <p className="sim-mail__empty">{t('mail.emptyInbox')}</p>;
  return (
    <ul className="sim-mail__list" aria-label={t('mail.inbox')}>
      {messages.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className="sim-mail__item"
            aria-current={openId === m.id ? 'true' : undefined}
            onClick={() => onOpen(m.id)}
          >
            <span className="sim-mail__from">{m.fromName}</span>
            <span className="sim-mail__subject">{text(m.subject)}</span>
            <span className="sim-mail__date">{text(m.date)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
