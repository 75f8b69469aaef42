import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import type { Parcours } from '../content/schema';
import { loadAndKeepExercise } from '../content/load';
import { Illustration } from '../illustrations/Illustration';
import { loadInteraction } from '../player/interactionRegistry';
import { textIn } from '../content/localize';

/** Loads each parcours' first exercise and its component while the person reads the list. */
export function prefetchFirstExercises(list: readonly Parcours[]): void {
  for (const parcours of list) {
    const first = parcours.exercises[0];
    if (!first) continue;
    loadAndKeepExercise(first)
      .then((exercise) => Promise.all(exercise.steps.map((s) => loadInteraction(s.type))))
      .catch(() => undefined); // A failure shows later, when that exercise opens.
  }
}

interface ParcoursListProps {
  list: readonly Parcours[];
  lang: Language;
  onPick: (id: string) => void;
}

/**
 * The choice of parcours: first the level-1 parcours in the recommended order ("Étape 1"…),
 * then the level-2 ones, each saying which parcours to do before it.
 */
export function ParcoursList({ list, lang, onPick }: ParcoursListProps) {
  const { t } = useTranslation(['citizen', 'learning']);
  useEffect(() => prefetchFirstExercises(list), [list]);
  const firstSteps = list.filter((p) => p.level === 1);
  const further = list.filter((p) => p.level === 2);
  const before = (id: string) => list.find((p) => p.nextLevel === id);

  return (
    <div className="parcours">
      <h1>{t('parcours.heading')}</h1>
      <p className="parcours__intro">{t('parcours.intro')}</p>
      <p className="parcours__intro">{t('learning:list.orderIntro')}</p>
      <ol className="parcours__grid" aria-label={t('parcours.list')}>
        {firstSteps.map((p, i) => (
          <li key={p.id}>
            <ParcoursCard
              parcours={p}
              lang={lang}
              badge={t('learning:list.step', { n: i + 1 })}
              onPick={onPick}
            />
          </li>
        ))}
      </ol>
      {further.length > 0 && (
        <section aria-labelledby="parcours-further" className="parcours__further">
          <h2 id="parcours-further">{t('learning:list.levelTwoHeading')}</h2>
          <p className="parcours__intro">{t('learning:list.levelTwoIntro')}</p>
          <ul className="parcours__grid">
            {further.map((p) => {
              const previous = before(p.id);
              const badge = previous
                ? `${t('learning:list.levelTwo')} · ${t('learning:list.after', { title: textIn(lang)(previous.title) })}`
                : t('learning:list.levelTwo');
              return (
                <li key={p.id}>
                  <ParcoursCard parcours={p} lang={lang} badge={badge} onPick={onPick} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

interface ParcoursCardProps {
  parcours: Parcours;
  lang: Language;
  /** Where it stands: "Étape 2", or "Niveau 2 · Après « … »". */
  badge: string;
  onPick: (id: string) => void;
}

/** One parcours: pictogram, its place, plain title, description, duration and exercise count. */
function ParcoursCard({ parcours: p, lang, badge, onPick }: ParcoursCardProps) {
  const { t } = useTranslation('citizen');
  return (
    <button type="button" className="parcours__card" onClick={() => onPick(p.id)}>
      <span className="parcours__top">
        <Illustration name={p.pictogram} size={72} />
        <span className="parcours__badge">{badge}</span>
      </span>
      <span className="parcours__title">{textIn(lang)(p.title)}</span>
      <span className="parcours__description">{textIn(lang)(p.description)}</span>
      <span className="parcours__meta">
        {t('parcours.minutes', { count: p.minutes })} ·{' '}
        {t('parcours.exercises', { count: p.exercises.length })}
      </span>
    </button>
  );
}
