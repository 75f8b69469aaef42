import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { useKiosk } from '../../../app/KioskContext';
import type { Exercise, Parcours } from '../content/schema';
import { loadAndKeepExercise, peekExercise } from '../content/load';
import { ExercisePlayer } from '../player/ExercisePlayer';
import { beginExercise, currentRecord, endExercise } from '../practice/tracker';

export interface Outcome {
  exerciseId: string;
  competence: string;
  result: 'success' | 'skipped';
  /** Answers tried and hints opened: for the médiateur's summary in the agent-launched mode. */
  attempts: number;
  hintsUsed: number;
}

interface ExerciseRunnerProps {
  parcours: Parcours;
  index: number;
  lang: Language;
  launchedBy: 'citizen' | 'agent';
  onOutcome: (outcome: Outcome) => void;
}

/** Loads the parcours' exercise number `index`, follows it for the practice data, plays it. */
export function ExerciseRunner({
  parcours,
  index,
  lang,
  launchedBy,
  onOutcome,
}: ExerciseRunnerProps) {
  const { t } = useTranslation('citizen');
  const { display } = useKiosk();
  const id = parcours.exercises[index] ?? '';
  const [exercise, setExercise] = useState<Exercise | undefined>(() => peekExercise(id));
  const [failedId, setFailedId] = useState<string | null>(null);
  const failed = failedId === id;
  const current = exercise?.id === id ? exercise : undefined;

  useEffect(() => {
    if (current) return;
    let live = true;
    loadAndKeepExercise(id).then(
      (loaded) => live && setExercise(loaded),
      () => live && setFailedId(id),
    );
    return () => {
      live = false;
    };
  }, [id, current]);

  useEffect(() => {
    if (!current) return;
    beginExercise({
      exerciseId: current.id,
      competence: current.competence,
      parcoursId: parcours.id,
      language: lang,
      launchedBy,
      steps: current.steps.length,
    });
    // Language is recorded at the start; switching mid-exercise keeps the row simple.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, parcours.id, launchedBy]);

  useEffect(() => {
    // Preload the next exercise while this one is being done.
    const next = parcours.exercises[index + 1];
    if (next) loadAndKeepExercise(next).catch(() => undefined);
  }, [parcours, index]);

  const done = (result: 'success' | 'skipped') => {
    if (!current) return;
    const row = currentRecord(result, display);
    void endExercise(result, display);
    onOutcome({
      exerciseId: current.id,
      competence: current.competence,
      result,
      attempts: row?.attempts ?? 0,
      hintsUsed: row?.hintsUsed ?? 0,
    });
  };

  if (failed) {
    return (
      <div className="player">
        <p role="alert">{t('loadError')}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            onOutcome({
              exerciseId: id,
              competence: '',
              result: 'skipped',
              attempts: 0,
              hintsUsed: 0,
            })
          }
        >
          {t('player.skip')}
        </button>
      </div>
    );
  }
  if (!current) return <p role="status">{t('loading')}</p>;
  return (
    <ExercisePlayer
      key={current.id}
      exercise={current}
      index={index}
      total={parcours.exercises.length}
      lang={lang}
      onDone={done}
    />
  );
}
