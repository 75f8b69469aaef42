/**
 * One solver per interaction type: how a person completes a step of that type by touch, by
 * keyboard and by mouse, read from the step's content data. Adding an interaction type means
 * adding its solver here (the type below makes a missing one a typecheck error, and
 * `solverFor` fails the e2e run for a type it does not know).
 */
import type { StepType } from '../../../../renderer/features/citizen/content/schema';
import { abCards } from './ab-cards';
import { choice } from './choice';
import { clickTargets } from './click-targets';
import { contextMenu } from './context-menu';
import { doubleClick } from './double-click';
import { dragDrop } from './drag-drop';
import { fileExplorer } from './file-explorer';
import { form } from './form';
import { franceConnect } from './franceconnect';
import { keyPress } from './key-press';
import { passwordBuilder } from './password-builder';
import { publicSite } from './public-site';
import { scrollFind } from './scroll-find';
import { secureSite } from './secure-site';
import type { Solver, StepOf } from './types';
import { typing } from './typing';
import { webmail } from './webmail';

export const SOLVERS: { [T in StepType]: Solver<StepOf<T>> } = {
  'click-targets': clickTargets,
  'double-click': doubleClick,
  'context-menu': contextMenu,
  'drag-drop': dragDrop,
  'scroll-find': scrollFind,
  'key-press': keyPress,
  typing,
  form,
  choice,
  'ab-cards': abCards,
  'password-builder': passwordBuilder,
  webmail,
  'secure-site': secureSite,
  'public-site': publicSite,
  franceconnect: franceConnect,
  'file-explorer': fileExplorer,
};

export function solverFor(type: string): Solver {
  const solver = (SOLVERS as Record<string, Solver | undefined>)[type];
  if (!solver)
    throw new Error(
      `no e2e solver for the interaction type "${type}": add one in tests/e2e/browser/solvers/`,
    );
  return solver;
}
