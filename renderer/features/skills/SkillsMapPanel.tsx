import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { COMPETENCE_NAMES, type CompetenceCode } from '../citizen';
import type { LocalizedText } from '../citizen';
import { aggregate, type CompetenceSummary } from './aggregate';
import { skillsMapCsv } from './csv';
import { useExerciseTitles } from './useExerciseTitles';
import { usePracticeRows } from './usePracticeRows';
import { useSkillsExportTargets } from './useSkillsExportTargets';
import { describePlatformError } from '../../lib/platformError';

export interface SkillsMapPanelProps {
  /** Language of the agent area. */
  lang: string;
  /** Optional period, inclusive local dates `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

const pick = (text: LocalizedText | undefined, lang: string, fallback: string): string =>
  text ? (lang === 'en' ? text.en : text.fr) : fallback;

const competenceName = (code: string, lang: string): string => {
  const names = COMPETENCE_NAMES[code as CompetenceCode];
  return names ? (lang === 'en' ? names.en : names.fr) : code;
};

/** Success rate as a number and a bar (the bar is decorative: the number is read). */
function RateCell({ rate }: { rate: number }) {
  return (
    <span className="skills__rate">
      <span className="skills__bar" aria-hidden="true">
        <span className="skills__bar-fill" style={{ inlineSize: `${rate}%` }} />
      </span>
      {rate} %
    </span>
  );
}

function CompetenceTable({
  competence,
  titles,
  lang,
}: {
  competence: CompetenceSummary;
  titles: ReadonlyMap<string, LocalizedText>;
  lang: string;
}) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <section className="skills__competence" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('skills.competence', {
          code: competence.code,
          name: competenceName(competence.code, lang),
        })}
      </h3>
      <table className="skills__table">
        <thead>
          <tr>
            <th scope="col">{t('skills.exercise')}</th>
            <th scope="col">{t('skills.starts')}</th>
            <th scope="col">{t('skills.completions')}</th>
            <th scope="col">{t('skills.successRate')}</th>
            <th scope="col">{t('skills.skips')}</th>
            <th scope="col">{t('skills.abandons')}</th>
          </tr>
        </thead>
        <tbody>
          {competence.exercises.map((e) => (
            <tr key={e.exerciseId}>
              <th scope="row">{pick(titles.get(e.exerciseId), lang, e.exerciseId)}</th>
              <td>{e.starts}</td>
              <td>{e.completions}</td>
              <td>
                <RateCell rate={e.successRate} />
              </td>
              <td>{e.skips}</td>
              <td>{e.abandons}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('skills.total')}</th>
            <td>{competence.starts}</td>
            <td>{competence.completions}</td>
            <td>
              <RateCell rate={competence.successRate} />
            </td>
            <td>{competence.skips}</td>
            <td>{competence.abandons}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/**
 * The skills map for the agent area's statistics: per Pix competence, per exercise, starts,
 * completions, success rate, skips and abandons, where people give up, and a CSV export.
 */
export function SkillsMapPanel({ lang, from, to }: SkillsMapPanelProps) {
  const { t } = useTranslation('citizen');
  const { platform } = useKiosk();
  const rows = usePracticeRows();
  const map = useMemo(
    () => aggregate(rows ?? [], { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    [rows, from, to],
  );
  const ids = useMemo(
    () => map.competences.flatMap((c) => c.exercises.map((e) => e.exerciseId)),
    [map],
  );
  const titles = useExerciseTitles(ids);
  const targets = useSkillsExportTargets(platform);
  const targetField = useId();
  const [targetId, setTargetId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = targetId ?? targets[0]?.id ?? null;

  const exportCsv = async () => {
    if (!chosen) return;
    const frTitles = new Map([...titles].map(([id, title]) => [id, title.fr]));
    const day = new Date().toISOString().slice(0, 10);
    const result = await platform.saveExport({
      targetId: chosen,
      fileName: `carte-competences-${day}.csv`,
      content: skillsMapCsv(map, frTitles),
    });
    setMessage(
      result.ok
        ? { ok: true, text: t('skills.exported', { path: result.path }) }
        : {
            ok: false,
            text: t('skills.exportFailed', { error: describePlatformError(result.error) }),
          },
    );
    void platform.log({
      level: result.ok ? 'info' : 'error',
      event: 'skills.export',
      details: { ok: result.ok, competences: map.competences.length },
    });
  };

  if (rows === null) return <p role="status">{t('skills.loading')}</p>;
  const giveUp = map.giveUp;
  return (
    <section className="skills" aria-labelledby="skills-title">
      <h2 id="skills-title">{t('skills.title')}</h2>
      <p>{t('skills.intro')}</p>
      {map.competences.length === 0 ? (
        <p>{t('skills.empty')}</p>
      ) : (
        <>
          <p className="skills__giveup">
            {giveUp
              ? t('skills.giveUp', {
                  exercise: pick(titles.get(giveUp.exerciseId), lang, giveUp.exerciseId),
                  step: giveUp.step,
                  count: giveUp.count,
                })
              : t('skills.noGiveUp')}
          </p>
          {map.competences.map((c) => (
            <CompetenceTable key={c.code} competence={c} titles={titles} lang={lang} />
          ))}
          <div className="skills__export">
            {targets.length > 1 && (
              <select
                id={targetField}
                aria-label={t('skills.export')}
                value={chosen ?? ''}
                onChange={(e) => setTargetId(e.target.value)}
              >
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.label}
                  </option>
                ))}
              </select>
            )}
            <button
              type="button"
              className="button button--primary"
              disabled={!chosen}
              onClick={() => void exportCsv()}
            >
              {t('skills.export')}
            </button>
          </div>
        </>
      )}
      {message && (
        <p role="status" className={message.ok ? 'skills__ok' : 'skills__error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

export default SkillsMapPanel;
