import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../answers/check';
import type { InteractionProps } from '../types';
import { FilePickerDialog } from '../../sims/FilePickerDialog';
import { SimIcon } from '../../sims/SimIcon';
import { WindowFrame } from '../../sims/WindowFrame';
import { ComposeInbox } from './ComposeInbox';
import type { WebmailStep } from './schema';
import { SiteWord } from '../../sims/SiteWord';

/** What the send button found wrong, in the order a person would fix it. */
function sendProblem(step: WebmailStep, to: string, attached: string | null): string | null {
  if (to.trim() === '') return 'no-recipient';
  if (step.recipient && !checkAnswer(to, step.recipient)) return 'wrong-recipient';
  if (attached === null) return 'no-attachment';
  if (attached !== step.attachment) return 'wrong-attachment';
  return null;
}

/**
 * Mode `compose` of the webmail: new message (or "Répondre" on a message received, which
 * fills in the recipient and subject), text, a file attached from the simulated "Documents"
 * picker, then send. What is typed stays in this component only: nothing is stored or sent.
 */
export function ComposeMail({ step, onAttempt, text }: InteractionProps<WebmailStep>) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [composing, setComposing] = useState(false);
  const [replying, setReplying] = useState(false);
  const [sent, setSent] = useState(false);
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [attached, setAttached] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const attachButton = useRef<HTMLButtonElement>(null);

  const closePicker = (name: string | null) => {
    if (name !== null) setAttached(name);
    setPicking(false);
    // Back to where the person was, as a real dialog would do.
    window.setTimeout(() => attachButton.current?.focus(), 0);
  };

  const send = () => {
    const problem = sendProblem(step, to, attached);
    if (problem) return onAttempt({ correct: false, feedbackId: problem });
    setSent(true);
    setTo('');
    setSubject('');
    setBody('');
    onAttempt({ correct: true });
  };

  return (
    <WindowFrame title={t('mail.window', { mailbox: step.mailbox })} icon="mail">
      {sent ? (
        <p className="sim-mail__sent" role="status">
          <SimIcon name="check" /> {t('mail.sent')}
        </p>
      ) : !composing ? (
        <ComposeInbox
          messages={step.messages}
          text={text}
          onNew={() => setComposing(true)}
          onReply={(message) => {
            setTo(message.fromAddress);
            setSubject(`${t('mail.replyPrefix')} ${text(message.subject)}`);
            setReplying(true);
            setComposing(true);
          }}
        />
      ) : (
        // noValidate: the exercise's own feedback replaces the browser's validation bubble.
        <form
          noValidate
          className="sim-compose"
          aria-label={replying ? t('mail.replyTitle') : t('mail.newMessage')}
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <label htmlFor={`${id}-to`} className="sim-field__label">
            <SiteWord term="destinataire" label="mail.to" />
          </label>
          <input
            id={`${id}-to`}
            className="sim-field__input"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
          <label htmlFor={`${id}-subject`} className="sim-field__label">
            <SiteWord term="objet" label="mail.subject" />
          </label>
          <input
            id={`${id}-subject`}
            className="sim-field__input"
            type="text"
            autoComplete="off"
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
          <label htmlFor={`${id}-body`} className="sim-field__label">
            {t('mail.body')}
          </label>
          <textarea
            id={`${id}-body`}
            className="sim-field__input sim-compose__body"
            rows={4}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="sim-compose__attach">
            <button
              ref={attachButton}
              type="button"
              className="button"
              onClick={() => setPicking(true)}
            >
              <SimIcon name="paperclip" /> <SiteWord term="joindre" label="mail.attach" />
            </button>
            {attached ? (
              <p className="sim-compose__file">
                <SimIcon name="file" /> <span>{t('mail.attached', { name: attached })}</span>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setAttached(null)}
                >
                  {t('mail.removeAttachment')}
                </button>
              </p>
            ) : (
              <p className="sim-compose__file">{t('mail.noAttachment')}</p>
            )}
          </div>
          {picking ? (
            <FilePickerDialog
              files={step.files}
              onPick={closePicker}
              onCancel={() => closePicker(null)}
            />
          ) : null}
          <button type="submit" className="button button--primary">
            <SimIcon name="send" /> <SiteWord term="envoyer" label="mail.send" />
          </button>
        </form>
      )}
    </WindowFrame>
  );
}
