import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { BrowserFrame } from '../../sims/BrowserFrame';
import { SimIcon } from '../../sims/SimIcon';
import { AnswerPanel } from './AnswerPanel';
import type { PublicSiteStep } from './schema';
import { SiteSearch } from './SiteSearch';

/**
 * A simulated public-service website: header with the site's name, menu, search box, pages
 * with links between them (buttons: nothing leaves the app), and the question to answer.
 */
export default function PublicSite({
  step,
  lang,
  onAttempt,
  text,
}: InteractionProps<PublicSiteStep>) {
  const { t } = useTranslation('sims');
  const [pageId, setPageId] = useState(step.home);
  const laterId = useId();
  const [moved, setMoved] = useState(false);
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set([step.home]));
  const answerReady = step.answerAfter === undefined || seen.has(step.answerAfter);
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const page = step.pages.find((p) => p.id === pageId) ?? step.pages[0];
  const titleOf = (id: string) => {
    const target = step.pages.find((p) => p.id === id);
    return target ? text(target.title) : id;
  };

  useEffect(() => {
    // Like a real page load, bring keyboard and screen-reader users to the new page's title.
    if (moved) pageHeading.current?.focus();
  }, [pageId, moved]);

  const go = (id: string) => {
    setMoved(true);
    setPageId(id);
    setSeen((before) => new Set(before).add(id));
  };

  if (!page) return null;
  const path = page.id === step.home ? '/' : `/${page.id}`;

  return (
    <div className="sim-site-layout">
      <BrowserFrame address={`https://${step.host}${path}`} secure label={text(step.siteName)}>
        <div className="sim-site">
          <header className="sim-site__header">
            <button type="button" className="sim-site__brand" onClick={() => go(step.home)}>
              <SimIcon name="home" /> {text(step.siteName)}
            </button>
            <SiteSearch pages={step.pages} lang={lang} text={text} onGo={go} />
          </header>
          <nav className="sim-site__menu" aria-label={t('site.menu')}>
            <ul>
              {step.menu.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="sim-site__menu-item"
                    aria-current={id === page.id ? 'page' : undefined}
                    onClick={() => go(id)}
                  >
                    {titleOf(id)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <article className="sim-site__page">
            <h3 ref={pageHeading} tabIndex={-1}>
              {text(page.title)}
            </h3>
            {page.paragraphs.map((p, i) => (
              <p key={i}>{text(p)}</p>
            ))}
            {page.list.length > 0 ? (
              <ul>
                {page.list.map((item, i) => (
                  <li key={i}>{text(item)}</li>
                ))}
              </ul>
            ) : null}
            {page.links.length > 0 ? (
              <ul className="sim-site__links" aria-label={t('site.seeAlso')}>
                {page.links.map((id) => (
                  <li key={id}>
                    <button type="button" className="sim-site__link" onClick={() => go(id)}>
                      {titleOf(id)}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </div>
      </BrowserFrame>
      {answerReady ? (
        <AnswerPanel
          question={step.question}
          answer={step.answer}
          text={text}
          onAttempt={onAttempt}
        />
      ) : (
        <section className="sim-site__answer" aria-labelledby={laterId}>
          <h2 id={laterId} className="sim-site__question">
            {text(step.question)}
          </h2>
          <p>{t('site.answerLater')}</p>
        </section>
      )}
    </div>
  );
}
