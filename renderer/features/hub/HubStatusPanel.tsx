import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { HubPasswordForm } from './HubPasswordForm';
import { frenchDate } from '../../lib/dates';
import type { HubView } from './hubPush';
import { runningHubPush, useHubView } from './running';

/**
 * What IT and the admin read of the push to the métropole hub, on the Diagnostic and Données
 * screens: the server, whether it answered, the last successful push, what waits, the last
 * error in plain words, and whether the last 30 days agree with the server.
 */
export function HubStatusPanel({
  className,
  withPasswordForm = false,
}: {
  className: string;
  /** The Diagnostic screen offers the password form where the config asks for one. */
  withPasswordForm?: boolean;
}) {
  const { t } = useTranslation('hub');
  const { boot, platform } = useKiosk();
  const view = useHubView();
  const titleId = useId();
  const config = boot.config.hub;

  return (
    <section className={className} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('title')}</h2>
      {!config ? (
        <p>{t('off')}</p>
      ) : !view ? (
        <p role="status">{t('starting')}</p>
      ) : (
        <HubFacts
          view={view}
          server={`${config.host}:${config.port}`}
          onPushNow={() => runningHubPush()?.pushNow()}
        />
      )}
      {withPasswordForm && config?.storedPassword && platform.kind === 'electron' && (
        <HubPasswordForm />
      )}
    </section>
  );
}

/** The facts of a running push (also rendered alone by the component tests). */
export function HubFacts({
  view,
  server,
  onPushNow,
}: {
  view: HubView;
  server: string;
  onPushNow: () => void;
}) {
  const { t, i18n } = useTranslation('hub');
  const moment = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <>
      <dl>
        <Fact label={t('server')}>{server}</Fact>
        <Fact label={t('reachable')}>
          {view.reachable === null
            ? t('reachableUnknown')
            : view.reachable
              ? t('reachableYes')
              : t('reachableNo')}
        </Fact>
        <Fact label={t('lastSuccess')}>
          {view.lastSuccessAt ? moment(view.lastSuccessAt) : t('never')}
        </Fact>
        <Fact label={t('pending')}>
          {view.oldestPendingAt && view.pending > 0
            ? t('pendingSince', { count: view.pending, since: moment(view.oldestPendingAt) })
            : t('pendingCount', { count: view.pending })}
        </Fact>
        <Fact label={t('lastError')}>
          {view.error ? (
            <>
              {t(`error.${view.error.code}`)}
              <br />
              <small>{t('detail', { message: view.error.message })}</small>
            </>
          ) : (
            t('noError')
          )}
        </Fact>
        <Fact label={t('proof')}>
          {view.differingDays === null ? (
            t('notCompared')
          ) : view.differingDays.length === 0 ? (
            t('agreement')
          ) : (
            <>
              {t('differ', { count: view.differingDays.length })}
              <ul>
                {view.differingDays.map((d) => (
                  <li key={d.day}>
                    {t('differDay', {
                      day: frenchDate(d.day),
                      poste: d.countPoste,
                      serveur: d.countServeur,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Fact>
      </dl>
      {view.rejected.length > 0 && (
        <div className="agent-alert">
          <p>{t('rejected', { count: view.rejected.length })}</p>
          <ul>
            {view.rejected.map((r) => (
              <li key={r.id}>{r.reason}</li>
            ))}
          </ul>
        </div>
      )}
      <p aria-live="polite">
        <button type="button" className="button" disabled={view.running} onClick={onPushNow}>
          {view.running ? t('pushing') : t('pushNow')}
        </button>
      </p>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="diagnostics__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
