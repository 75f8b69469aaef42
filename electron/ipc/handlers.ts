/**
 * The implementation of every IPC channel, built from the main context and the feature modules.
 * Arguments are already validated by the gate; files never throw across IPC except `readBackup`,
 * whose contract returns the text and so rejects with a short code.
 */
import type { BootInfo, MainDiagnostics, PathResult, RendererDiagnostics } from './contract';
import type { IpcHandlers } from './gate';
import type { MainContext } from '../context';
import type { AdminPin } from '../admin/admin-pin';
import { publicConfig } from '../shared/config-schema';
import { listExportTargets, saveExport, type ExportDeps } from '../files/exports';
import { readBackup, writeBackup } from '../files/backups';
import { sanitiseRendererEntry } from '../log/sanitise';

export interface HandlerDeps {
  ctx: MainContext;
  adminPin: AdminPin;
  exportDeps: ExportDeps;
  platform: string;
  versions: BootInfo['versions'];
  /** Quits the app for real (after `ctx.allowQuit`). */
  quit(): void;
  diagnostics: {
    collect(ctx: MainContext): Promise<MainDiagnostics>;
    writeBundle(ctx: MainContext, renderer: RendererDiagnostics): Promise<PathResult>;
  };
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const { ctx, adminPin } = deps;
  return {
    getBootInfo: () => ({
      config: publicConfig(ctx.config),
      configSource: ctx.configSource,
      configIssues: ctx.configIssues,
      adminPin: adminPin.state(),
      lockdown: ctx.lockdown,
      versions: deps.versions,
      platform: deps.platform,
    }),
    setInitialAdminPin: (pin) => adminPin.setInitial(pin),
    verifyAdminPin: async (pin) => (await adminPin.check(pin)) === 'ok',
    async quitKiosk(pin) {
      const check = await adminPin.check(pin);
      if (check !== 'ok')
        return { ok: false, error: check === 'locked' ? 'pin-locked' : 'pin-wrong' };
      ctx.allowQuit('admin-pin');
      // Answer the renderer first, then quit.
      setTimeout(() => deps.quit(), 50);
      return { ok: true };
    },
    getIdleSeconds: () => ctx.getIdleSeconds(),
    log(entry) {
      const clean = sanitiseRendererEntry(entry);
      if (!clean) {
        ctx.log.warn('renderer.log-refused');
        return;
      }
      ctx.log[clean.level](`renderer.${clean.event}`, clean.details);
    },
    listExportTargets: () => listExportTargets(deps.exportDeps),
    saveExport: (request) => saveExport(deps.exportDeps, request),
    writeBackup: (request) => writeBackup(ctx.paths.backups, request, ctx.log),
    listBackups: () => ctx.listBackups(),
    readBackup: (name) => readBackup(ctx.paths.backups, name),
    getDiagnostics: () => deps.diagnostics.collect(ctx),
    writeSupportBundle: (renderer) => deps.diagnostics.writeBundle(ctx, renderer),
    setActivityState(state) {
      ctx.activity.set(state);
    },
  };
}
