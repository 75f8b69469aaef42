import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { BrowserFrame } from '../../sims/BrowserFrame';
import { PhoneNotification } from '../../sims/PhoneNotification';
import { SimIcon } from '../../sims/SimIcon';
import { FcCode } from './FcCode';
import { FcLogin } from './FcLogin';
import type { FranceConnectStep } from './schema';
import { firstMismatch } from '../../answers/explain';
import { mismatchText } from '../../answers/mismatchText';
import {
  codeMatches,
  comparableIdentifier,
  identifierMatches,
  passwordMatches,
  type FcStage,
} from './stages';
import { SiteWord } from '../../sims/SiteWord';

const FC_HOST = 'app.franceconnect.gouv.fr';

/**
 * A simulated FranceConnect sign-in: the service's page, the choice of identity provider, the
 * provider's form with the fictitious account shown on screen, the SMS code, the account page.
 */
export default function FranceConnect({
  step,
  onAttempt,
  text,
}: InteractionProps<FranceConnectStep>) {
  const { t } = useTranslation('sims');
  const { t: tMistake } = useTranslation('mistakes');
  const [stage, setStage] = useState<FcStage>(step.start === 'code' ? 'code' : 'service');
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const provider = step.providers.find((p) => p.id === step.provider) ?? step.providers[0];

  useEffect(() => {
    // Each stage replaces the page: bring focus to its title, as a page load would.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [stage]);

  if (!provider) return null;

  const address = {
    service: `https://${step.serviceHost}/connexion`,
    providers: `https://${FC_HOST}/choisir-un-compte`,
    login: `https://${provider.host}/connexion`,
    code: `https://${provider.host}/verification`,
    account: `https://${step.serviceHost}/mon-compte`,
  }[stage];

  const title = t(`fc.stage.${stage}`, { service: text(step.service), provider: provider.name });

  return (
    <div className="sim-fc-layout">
      <BrowserFrame address={address} secure label={title}>
        <div className="sim-fc">
          <h2 ref={heading} tabIndex={-1} className="sim-fc__title">
            {title}
          </h2>
          {stage === 'service' ? (
            <>
              <p>{t('fc.serviceIntro')}</p>
              <button
                type="button"
                className="sim-fc__button"
                onClick={() => setStage('providers')}
              >
                <SimIcon name="user" /> <SiteWord term="franceconnect" label="fc.connectWith" />
              </button>
            </>
          ) : null}
          {stage === 'providers' ? (
            <ul className="sim-fc__providers" aria-label={t('fc.providersList')}>
              {step.providers.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="button sim-fc__provider"
                    onClick={() =>
                      p.id === step.provider
                        ? setStage('login')
                        : onAttempt({ correct: false, feedbackId: 'wrong-provider' })
                    }
                  >
                    {p.name}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {stage === 'login' ? (
            <FcLogin
              providerName={provider.name}
              onSubmit={(identifier, password) => {
                const idOk = identifierMatches(identifier, step.identifier);
                if (idOk && passwordMatches(password, step.password)) return setStage('code');
                // The password field hides what was typed: name the first mistake in words.
                const mismatch = idOk
                  ? firstMismatch(password, step.password)
                  : firstMismatch(
                      comparableIdentifier(identifier),
                      comparableIdentifier(step.identifier),
                    );
                onAttempt({
                  correct: false,
                  feedbackId: 'wrong-credentials',
                  ...(mismatch ? { detail: mismatchText(tMistake, mismatch) } : {}),
                });
              }}
            />
          ) : null}
          {stage === 'code' ? (
            <FcCode
              onSubmit={(code) => {
                if (code.trim() === '') return onAttempt({ correct: false, feedbackId: 'empty' });
                if (!codeMatches(code, step.code))
                  return onAttempt({ correct: false, feedbackId: 'wrong-code' });
                setStage('account');
                onAttempt({ correct: true });
              }}
            />
          ) : null}
          {stage === 'account' ? (
            <div className="sim-fc__account">
              <p className="sim-fc__welcome">
                <SimIcon name="check" /> {t('fc.signedIn')}
              </p>
              {step.accountLines.map((line, i) => (
                <p key={i}>{text(line)}</p>
              ))}
            </div>
          ) : null}
        </div>
      </BrowserFrame>
      {stage === 'login' ? (
        <aside className="sim-fc__card" aria-label={t('fc.accountCard')}>
          <h3>{t('fc.accountCard')}</h3>
          <dl>
            <dt>
              <SiteWord term="identifiant" label="fc.identifier" />
            </dt>
            <dd>{step.identifier}</dd>
            <dt>
              <SiteWord term="mot-de-passe" label="fc.password" />
            </dt>
            <dd>{step.password}</dd>
          </dl>
          <p className="sim-fc__note">{t('fc.accountNote')}</p>
        </aside>
      ) : null}
      {stage === 'code' ? (
        <PhoneNotification sender={step.smsSender}>
          {t('fc.smsIntro')} <strong className="sim-phone__code">{step.code}</strong>
          <br />
          {t('fc.smsWarning')}
        </PhoneNotification>
      ) : null}
    </div>
  );
}
