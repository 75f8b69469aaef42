import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import type { Parcours } from '../content/schema';
import { loadAndKeepExercise } from '../content/load';
import { Illustration } from '../illustrations/Illustration';
import { loadInteraction } from '../player/interactionRegistry';

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

/** The choice of parcours: pictogram, plain title, duration and number of exercises. */
export function ParcoursList({ list, lang, onPick }: ParcoursListProps) {
  const { t } = useTranslation('citizen');
  useEffect(() => prefetchFirstExercises(list), [list]);

  return (
    <div className="parcours">
      <h1>{t('parcours.heading')}</h1>
      <p className="parcours__intro">{t('parcours.intro')}</p>
      <ul className="parcours__grid" aria-label={t('parcours.list')}>
        {list.map((p) => (
          <li key={p.id}>
            <button type="button" className="parcours__card" onClick={() => onPick(p.id)}>
              <Illustration name={p.pictogram} size={72} />
              <span className="parcours__title">{p.title[lang]}</span>
              <span className="parcours__description">{p.description[lang]}</span>
              <span className="parcours__meta">
                {t('parcours.minutes', { count: p.minutes })} ·{' '}
                {t('parcours.exercises', { count: p.exercises.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
