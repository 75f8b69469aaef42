import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { SimIcon } from '../../sims/SimIcon';
import { WindowFrame } from '../../sims/WindowFrame';
import { MessageList } from './MessageList';
import { MessageView } from './MessageView';
import type { MailMessage, WebmailStep } from './schema';
import { SiteWord } from '../../sims/SiteWord';

type Notice = 'reported' | 'replyNotNeeded' | null;

/**
 * Modes `reveal` and `report` of the webmail: open the message, look at its link without
 * following it, then judge the link or report and delete the scam.
 */
export function InspectMail({ step, onAttempt, text }: InteractionProps<WebmailStep>) {
  const { t } = useTranslation('sims');
  const [openId, setOpenId] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [reported, setReported] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>(null);

  const inbox = step.messages.filter((m) => !deleted.has(m.id));
  const open = inbox.find((m) => m.id === openId) ?? null;
  const add = (set: ReadonlySet<string>, id: string) => new Set([...set, id]);

  const report = (m: MailMessage) => {
    if (!m.scam) return onAttempt({ correct: false, feedbackId: 'reported-legit' });
    setReported(add(reported, m.id));
    setNotice('reported');
  };

  const remove = (m: MailMessage) => {
    if (!m.scam) return onAttempt({ correct: false, feedbackId: 'deleted-legit' });
    if (!reported.has(m.id)) return onAttempt({ correct: false, feedbackId: 'not-reported' });
    setDeleted(add(deleted, m.id));
    setOpenId(null);
    setNotice(null);
    if (m.id === step.target) onAttempt({ correct: true });
  };

  const reply = (m: MailMessage) => {
    if (m.scam) onAttempt({ correct: false, feedbackId: 'replied-scam' });
    else setNotice('replyNotNeeded');
  };

  const toolbar = (m: MailMessage) => (
    <div className="sim-mail__toolbar" role="toolbar" aria-label={t('mail.actions')}>
      <button type="button" className="button" onClick={() => reply(m)}>
        <SimIcon name="reply" /> <SiteWord term="repondre" label="mail.reply" />
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={reported.has(m.id)}
        onClick={() => report(m)}
      >
        <SimIcon name="flag" /> <SiteWord term="signaler" label="mail.report" />
      </button>
      <button type="button" className="button" onClick={() => remove(m)}>
        <SimIcon name="trash" /> <SiteWord term="supprimer" label="mail.delete" />
      </button>
    </div>
  );

  // Shown right under the toolbar, where the person just acted.
  const actions = (m: MailMessage) => (
    <>
      {toolbar(m)}
      <p className="sim-mail__notice" role="status">
        {notice ? t(`mail.notice.${notice}`) : null}
      </p>
    </>
  );

  return (
    <WindowFrame title={t('mail.window', { mailbox: step.mailbox })} icon="mail">
      <div className="sim-mail">
        <MessageList
          messages={inbox}
          openId={openId}
          text={text}
          onOpen={(id) => {
            setOpenId(id);
            setNotice(null);
          }}
        />
        <div className="sim-mail__pane">
          {open ? (
            <MessageView
              message={open}
              text={text}
              revealed={revealed.has(open.id)}
              onReveal={() => setRevealed((r) => (r.has(open.id) ? r : add(r, open.id)))}
              onFollowLink={() => onAttempt({ correct: false, feedbackId: 'clicked-link' })}
              actions={step.mode === 'report' ? actions(open) : undefined}
            >
              {step.mode === 'reveal' && open.link && revealed.has(open.id) ? (
                <fieldset className="sim-verdict" data-answers>
                  <legend>{t('mail.verdict.question')}</legend>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      onAttempt(
                        open.scam
                          ? { correct: false, feedbackId: 'trusted-scam' }
                          : { correct: true },
                      )
                    }
                  >
                    <SimIcon name="check" /> {t('mail.verdict.trust')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      onAttempt(
                        open.scam
                          ? { correct: true }
                          : { correct: false, feedbackId: 'distrusted-safe' },
                      )
                    }
                  >
                    <SimIcon name="warning" /> {t('mail.verdict.scam')}
                  </button>
                </fieldset>
              ) : null}
            </MessageView>
          ) : (
            <p className="sim-mail__placeholder">{t('mail.chooseMessage')}</p>
          )}
        </div>
      </div>
    </WindowFrame>
  );
}
