/**
 * A packaged production build started with a debugging switch refuses to start: logged, exit
 * code 1, no window, no single-instance lock taken.
 */
import { afterAll, expect, it, vi } from 'vitest';
import type { Hoisted } from './main-harness';

const h = vi.hoisted((): Hoisted => ({ state: null, logger: null, packaged: true }));

vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)));
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', () =>
  import('./mock-modules').then((m) => m.capturedLoggerModule(h)),
);

const argv = [...process.argv];
afterAll(() => {
  process.argv.splice(0, process.argv.length, ...argv);
});

it('refuses --remote-debugging-port in a packaged build', async () => {
  process.argv.push('--remote-debugging-port=9222');
  await import('../../../electron/main');
  const state = h.state;
  if (!state) throw new Error('electron mock not loaded');
  expect(state.exits).toEqual([1]);
  expect(state.windows).toHaveLength(0);
  expect(state.calls).not.toContain('app.requestSingleInstanceLock');
  expect(h.logger?.text()).toContain(
    'app.refused {"reason":"forbidden-switch:remote-debugging-port"}',
  );
});
