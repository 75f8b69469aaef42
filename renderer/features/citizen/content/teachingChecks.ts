/**
 * Cross-checks on what the content teaches, beyond each file's schema: every exercise explains
 * its right answer, every parcours sums up 3 to 5 rules, and levels point the right way
 * (a level-1 parcours offers an existing level-2 one).
 */
import type { Exercise, Parcours } from './schema';
import type { ContentProblem } from './problem';

const RECAP_MIN = 3;

export function checkTeaching(
  exercises: readonly Exercise[],
  parcours: readonly Parcours[],
  exerciseFile: ReadonlyMap<string, string>,
  parcoursFile: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const error = (file: string, jsonPath: string, message: string) =>
    problems.push({ file, jsonPath, message, severity: 'error' });

  for (const e of exercises) {
    if (!e.feedback.correct) {
      error(
        exerciseFile.get(e.id) ?? e.id,
        'feedback.correct',
        'explication de la bonne réponse manquante (une phrase : pourquoi c’est juste)',
      );
    }
  }

  const byId = new Map(parcours.map((p) => [p.id, p]));
  const offered = new Set<string>();
  for (const p of parcours) {
    const file = parcoursFile.get(p.id) ?? p.id;
    if (p.recap.length < RECAP_MIN) {
      error(file, 'recap', `de ${RECAP_MIN} à 5 règles à retenir (il y en a ${p.recap.length})`);
    }
    if (p.nextLevel === undefined) continue;
    offered.add(p.nextLevel);
    const next = byId.get(p.nextLevel);
    if (!next) error(file, 'nextLevel', `parcours « ${p.nextLevel} » introuvable`);
    else if (next.level !== 2)
      error(file, 'nextLevel', `le parcours « ${p.nextLevel} » doit être de niveau 2`);
    if (p.level !== 1) error(file, 'nextLevel', 'seul un parcours de niveau 1 propose un niveau 2');
  }
  for (const p of parcours) {
    if (p.level === 2 && !offered.has(p.id)) {
      problems.push({
        file: parcoursFile.get(p.id) ?? p.id,
        jsonPath: 'level',
        message: 'parcours de niveau 2 proposé par aucun parcours de niveau 1 (nextLevel)',
        severity: 'warning',
      });
    }
  }
  return problems;
}
