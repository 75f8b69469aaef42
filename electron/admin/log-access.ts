/** The start-up log line about the agent area: IT reads the exact reason and what to do. */
import type { MainLogger } from '../context';
import type { AdminAccess } from '../shared/admin-access';
import { describeConfigProblem } from '../shared/config-problem-text';

export function logAdminAccess(log: MainLogger, access: AdminAccess): void {
  if (access.state === 'first-run') log.warn('pin.missing', { firstRun: true });
  else if (access.state === 'config-required')
    log.error('config.required', {
      reason: access.problem.reason,
      file: access.problem.path,
      message: describeConfigProblem(access.problem),
    });
  else log.info('pin.ready', { source: access.pin });
}
