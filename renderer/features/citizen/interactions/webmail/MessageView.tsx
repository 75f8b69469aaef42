import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../types';
import { RevealLink } from './RevealLink';
import type { MailMessage } from './schema';

export interface MessageViewProps {
  message: MailMessage;
  text: (value: LocalizedText) => string;
  revealed: boolean;
  onReveal: () => void;
  onFollowLink: () => void;
  /** Toolbar (reply, report, delete) when the exercise needs it. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** An opened e-mail: who sent it (name and real address), subject, text and its link. */
export function MessageView({
  message,
  text,
  revealed,
  onReveal,
  onFollowLink,
  actions,
  children,
}: MessageViewProps) {
  const { t } = useTranslation('sims');
  return (
    <article className="sim-mail__message" aria-label={t('mail.opened')}>
      {actions}
      <h2 className="sim-mail__title">{text(message.subject)}</h2>
      <dl className="sim-mail__meta">
        <dt>{t('mail.from')}</dt>
        <dd>
          {message.fromName}{' '}
          <span className="sim-mail__sender sim-host">&lt;{message.fromAddress}&gt;</span>
        </dd>
        <dt>{t('mail.date')}</dt>
        <dd>{text(message.date)}</dd>
      </dl>
      <div className="sim-mail__body">
        {message.body.map((paragraph, i) => (
          <p key={i}>{text(paragraph)}</p>
        ))}
        {message.link ? (
          <RevealLink
            label={text(message.link.label)}
            realAddress={message.link.realAddress}
            revealed={revealed}
            onReveal={onReveal}
            onFollow={onFollowLink}
          />
        ) : null}
      </div>
      {children}
    </article>
  );
}
