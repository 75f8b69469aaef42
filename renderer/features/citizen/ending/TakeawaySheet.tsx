import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { useKiosk } from '../../../app/KioskContext';
import { describePlatformError } from '../../../lib/platformError';
import type { Parcours } from '../content/schema';
import { textIn } from '../content/localize';
import { QrCode } from './QrCode';
import { DoneList, RuleList } from './Lists';

interface TakeawaySheetProps {
  parcours: Parcours;
  done: readonly string[];
  lang: Language;
  onBack: () => void;
}

type PrintState = { kind: 'idle' | 'printing' | 'printed' } | { kind: 'failed'; error: string };

/**
 * The sheet a person takes home, without any personal data: what they practised, the rules
 * learnt, where to continue (Pix, the places of the machine config) and a QR code. Printed on
 * the configured printer by the kiosk's own print action; with no printer, on screen only.
 * The print style (takeaway.css) prints this sheet and nothing else.
 */
export function TakeawaySheet({ parcours, done, lang, onBack }: TakeawaySheetProps) {
  const { t } = useTranslation('ending');
  const { boot, platform } = useKiosk();
  const { printer, continueUrl, places } = boot.config.takeaway;
  const text = textIn(lang);
  const [print, setPrint] = useState<PrintState>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onPrint = async () => {
    setPrint({ kind: 'printing' });
    const result = await platform.printTakeaway();
    setPrint(result.ok ? { kind: 'printed' } : { kind: 'failed', error: result.error });
  };

  return (
    <div className="takeaway">
      <h1 ref={heading} tabIndex={-1} className="takeaway__screen-title">
        {t('sheet.title')}
      </h1>
      <article className="takeaway-sheet" aria-labelledby="takeaway-heading">
        <h2 id="takeaway-heading">{t('sheet.heading', { site: boot.config.siteName })}</h2>
        <p className="takeaway-sheet__note">{t('sheet.intro')}</p>
        <section aria-labelledby="takeaway-practised">
          <h3 id="takeaway-practised">{t('sheet.practised', { title: text(parcours.title) })}</h3>
          {done.length > 0 ? (
            <DoneList ids={done} lang={lang} className="takeaway-sheet__done" />
          ) : (
            <p>{t('sheet.nothingDone')}</p>
          )}
        </section>
        {parcours.recap.length > 0 && (
          <section aria-labelledby="takeaway-rules">
            <h3 id="takeaway-rules">{t('sheet.rules')}</h3>
            <RuleList rules={parcours.recap} lang={lang} />
          </section>
        )}
        <section aria-labelledby="takeaway-continue" className="takeaway-sheet__continue">
          <div>
            <h3 id="takeaway-continue">{t('sheet.continueTitle')}</h3>
            <p>{t('sheet.pix')}</p>
            {places.length > 0 && (
              <>
                <p>{t('sheet.places')}</p>
                <ul className="takeaway-sheet__places">
                  {places.map((place) => (
                    // Each line isolated from the sheet's direction: in Arabic, « 1 place de la
                    // Mairie » kept its number at the end and « 01 23 45 67 89 » read backwards.
                    <li key={`${place.name}-${place.address}`}>
                      <strong>
                        <bdi>{place.name}</bdi>
                      </strong>
                      <br />
                      <bdi>{place.address}</bdi>
                      {place.hours && (
                        <>
                          <br />
                          <bdi>{place.hours}</bdi>
                        </>
                      )}
                      {place.phone && (
                        <>
                          <br />
                          <bdi dir="ltr">{place.phone}</bdi>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <figure className="takeaway-sheet__qr">
            <QrCode text={continueUrl} label={t('sheet.qrLabel', { url: continueUrl })} />
            <figcaption>
              {t('sheet.qr')}
              <br />
              <span className="takeaway-sheet__url">{continueUrl}</span>
            </figcaption>
          </figure>
        </section>
      </article>
      <div className="takeaway__actions">
        {printer ? (
          <button
            type="button"
            className="button button--primary"
            disabled={print.kind === 'printing'}
            onClick={() => void onPrint()}
          >
            {print.kind === 'printing' ? t('sheet.printing') : t('sheet.print')}
          </button>
        ) : (
          <p className="takeaway__no-printer">{t('sheet.noPrinter')}</p>
        )}
        <button type="button" className="button" onClick={onBack}>
          {t('sheet.back')}
        </button>
      </div>
      <p role="status" className="takeaway__status">
        {print.kind === 'printed' && t('sheet.printed')}
        {print.kind === 'failed' &&
          t('sheet.printFailed', { error: describePlatformError(print.error) })}
      </p>
    </div>
  );
}
