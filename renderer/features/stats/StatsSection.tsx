import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useServices } from '../../app/KioskContext';
import type { SectionProps } from '../../app/sectionTypes';
import { startDataLifecycle } from '../backup';
import { ActivityStats } from './ActivityStats';

/**
 * The citizens' skills map belongs to the exercises feature. It is found at build time: when
 * `features/skills/SkillsMapPanel.tsx` exists it becomes a second view here, otherwise the
 * statistics show the activity only.
 */
const skillsModules = import.meta.glob<{
  default?: ComponentType<{ lang: string }>;
  SkillsMapPanel?: ComponentType<{ lang: string }>;
}>('../skills/SkillsMapPanel.tsx');
const loadSkills = Object.values(skillsModules)[0];
const SkillsMapPanel = loadSkills
  ? lazy(async () => {
      const mod = await loadSkills();
      const Panel = mod.SkillsMapPanel ?? mod.default;
      if (!Panel) throw new Error('SkillsMapPanel.tsx exports no panel');
      return { default: Panel };
    })
  : null;

type View = 'activity' | 'skills';

/** Section "Statistiques" (agents and admin). */
export default function StatsSection(_props: SectionProps) {
  const { store, settings } = useServices();
  const { t } = useTranslation('stats');
  const { platform, boot, language } = useKiosk();
  const [view, setView] = useState<View>('activity');

  useEffect(() => {
    void startDataLifecycle({ store, settings }, platform, boot);
  }, [platform, boot, store, settings]);

  return (
    <div className="stats-section">
      <h1>{t('section.title')}</h1>
      {SkillsMapPanel && (
        <div className="stats-views" role="group" aria-label={t('tabs.label')}>
          {(['activity', 'skills'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="stats-toggle"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`tabs.${v}`)}
            </button>
          ))}
        </div>
      )}
      {view === 'activity' || !SkillsMapPanel ? (
        <ActivityStats />
      ) : (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <SkillsMapPanel lang={language} />
        </Suspense>
      )}
    </div>
  );
}
