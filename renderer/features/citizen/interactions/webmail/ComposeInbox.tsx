import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../types';
import { SimIcon } from '../../sims/SimIcon';
import { MessageList } from './MessageList';
import { MessageView } from './MessageView';
import type { MailMessage } from './schema';

export interface ComposeInboxProps {
  messages: readonly MailMessage[];
  text: (value: LocalizedText) => string;
  onNew: () => void;
  onReply: (message: MailMessage) => void;
}

/**
 * The inbox before writing: "Nouveau message", and the messages received, which open (the
 * mairie's request can be read again) with "Répondre" to answer it directly.
 */
export function ComposeInbox({ messages, text, onNew, onReply }: ComposeInboxProps) {
  const { t } = useTranslation('sims');
  const [openId, setOpenId] = useState<string | null>(null);
  const open = messages.find((m) => m.id === openId) ?? null;
  return (
    <div className="sim-mail__start">
      <button type="button" className="button button--primary" onClick={onNew}>
        <SimIcon name="mail" /> {t('mail.newMessage')}
      </button>
      <div className="sim-mail">
        <MessageList messages={messages} openId={openId} onOpen={setOpenId} text={text} />
        {messages.length > 0 && (
          <div className="sim-mail__pane">
            {open ? (
              <MessageView
                message={open}
                text={text}
                revealed={false}
                onReveal={() => undefined}
                // A link in a message to answer is not part of this exercise: it stays text.
                onFollowLink={() => undefined}
                actions={
                  <div className="sim-mail__toolbar" role="toolbar" aria-label={t('mail.actions')}>
                    <button type="button" className="button" onClick={() => onReply(open)}>
                      <SimIcon name="reply" /> {t('mail.reply')}
                    </button>
                  </div>
                }
              />
            ) : (
              <p className="sim-mail__placeholder">{t('mail.chooseMessage')}</p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
