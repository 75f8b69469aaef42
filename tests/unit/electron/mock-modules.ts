/**
 * Module factories for `vi.mock` in the main-process wiring tests: a fake `electron` whose state
 * lands in the hoisted object `h`, and a logger that captures lines. Each test file calls
 * `vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)))`.
 */
import type { FakeElectronState } from './fake-electron';
import type { Hoisted } from './main-harness';

export async function fakeElectronModule(h: Hoisted) {
  const fake = await import('./fake-electron');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const calls: string[] = [];
  const state: FakeElectronState = {
    calls,
    windows: [],
    appEvents: new fake.Emitter(calls, 'app'),
    ipcHandlers: new Map(),
    session: new fake.FakeSession(calls),
    quit: 0,
    systemIdleSeconds: 0,
    packaged: h.packaged ?? false,
    exits: [],
    userData: mkdtempSync(path.join(tmpdir(), 'kiosque-fake-default-')),
  };
  h.state = state;
  const electron = fake.createFakeElectron(state);
  return { ...electron, default: electron };
}

export async function capturedLoggerModule(h: Hoisted) {
  const { captureLogger } = await import('./test-logger');
  const logger = captureLogger();
  h.logger = logger;
  return { createMainLogger: () => logger };
}
