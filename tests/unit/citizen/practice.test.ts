import { describe, expect, it } from 'vitest';
import { appDb } from '../../../renderer/data/appDb';
import { appServices } from '../../../renderer/app/servicesHandle';

// The tracker writes through the app's services, as in the app once the kiosk has booted.
appServices({ siteId: 'mairie-nord', posteId: 'poste-1' });
const db = appDb();
import { toPracticeRecord } from '../../../renderer/features/citizen/practice/record';
import {
  beginExercise,
  currentRecord,
  endExercise,
  hasOpenExercise,
  noteAttempt,
  noteHint,
  noteReadAloud,
  noteStep,
} from '../../../renderer/features/citizen/practice/tracker';
import { idleStateFor } from '../../../renderer/features/citizen/idle/useIdleCountdown';

const DISPLAY = { textScale: 2 as const, highContrast: true };
const start = {
  exerciseId: 'clavier-premier-mot',
  competence: '5.2',
  parcoursId: 'je-decouvre-le-clavier',
  language: 'en',
  launchedBy: 'citizen' as const,
  steps: 2,
};

describe('practice tracker', () => {
  it('counts attempts, hints, read-aloud and time, with the step reached', () => {
    beginExercise(start, 1_000_000);
    noteAttempt();
    noteAttempt();
    noteHint();
    noteReadAloud();
    noteStep(2);
    const record = currentRecord('abandoned', DISPLAY, 1_000_000 + 42_400);
    expect(record).toMatchObject({
      exerciseId: 'clavier-premier-mot',
      competence: '5.2',
      result: 'abandoned',
      attempts: 2,
      hintsUsed: 1,
      seconds: 42,
      language: 'en',
      display: { textScale: 2, highContrast: true, readAloud: true },
      step: 2,
      steps: 2,
    });
  });

  it('stores exactly the anonymous fields, once, and nothing when no exercise is open', async () => {
    await db.practice.clear();
    beginExercise(start);
    await endExercise('success', DISPLAY);
    expect(hasOpenExercise()).toBe(false);
    await endExercise('abandoned', DISPLAY);
    const rows = await db.practice.toArray();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'attempts',
        'competence',
        'display',
        'exerciseId',
        'hintsUsed',
        'id',
        'language',
        'launchedBy',
        'parcoursId',
        'result',
        'seconds',
        'startedAt',
        'step',
        'steps',
      ].sort(),
    );
    const first = rows[0];
    expect(first && toPracticeRecord(first)?.result).toBe('success');
  });

  it('reads foreign rows defensively', () => {
    expect(
      toPracticeRecord({
        exerciseId: 'x',
        competence: '1.1',
        startedAt: '2026-01-01T00:00:00Z',
        result: 'bizarre',
      }),
    ).toBeNull();
    expect(
      toPracticeRecord({
        exerciseId: 'x',
        competence: '1.1',
        startedAt: '2026-01-01T00:00:00Z',
        result: 'skipped',
      }),
    ).toMatchObject({ attempts: 0, step: 1 });
  });
});

describe('idle rule', () => {
  it('warns after the timeout, counts down the warning, then expires', () => {
    expect(idleStateFor(29, 30, 5)).toEqual({ phase: 'active' });
    expect(idleStateFor(30, 30, 5)).toEqual({ phase: 'warning', secondsLeft: 5 });
    expect(idleStateFor(34, 30, 5)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idleStateFor(35, 30, 5)).toEqual({ phase: 'expired' });
  });
});
