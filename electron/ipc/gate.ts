/**
 * The one gate every IPC call goes through. A call is served only when it comes from the main
 * frame of the kiosk window, showing a page of the app's own origin, and when its arguments
 * (received as `unknown`) pass the channel's schema. Anything else is logged and rejected.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC, type KioskIpc } from './contract';
import { IPC_SCHEMAS } from './schemas';
import { isNavigationAllowed } from '../lockdown';
import type { MainLogger } from '../context';

/** One handler per method of the wire contract; arguments arrive already validated. */
export type IpcHandlers = {
  [K in keyof KioskIpc]: (
    ...args: Parameters<KioskIpc[K]>
  ) => ReturnType<KioskIpc[K]> | Awaited<ReturnType<KioskIpc[K]>>;
};

export interface GateDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  getWindow(): BrowserWindow | null;
  appOrigin: string;
  log: MainLogger;
}

/** Why a sender is refused, or null when it is the kiosk's own page. */
export function senderRefusal(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  win: BrowserWindow | null,
  appOrigin: string,
): string | null {
  if (!win || win.isDestroyed()) return 'no-window';
  if (event.sender !== win.webContents) return 'foreign-contents';
  const frame = event.senderFrame;
  if (!frame) return 'no-frame';
  const main = win.webContents.mainFrame;
  if (
    frame.parent !== null ||
    frame.processId !== main.processId ||
    frame.routingId !== main.routingId
  )
    return 'sub-frame';
  if (!isNavigationAllowed(frame.url, appOrigin)) return 'foreign-origin';
  return null;
}

/** Registers every channel of the contract behind the gate. */
export function registerIpcHandlers(deps: GateDeps, handlers: IpcHandlers): void {
  for (const method of Object.keys(IPC) as (keyof KioskIpc)[]) {
    const channel = IPC[method];
    const schema = IPC_SCHEMAS[method];
    // Each entry of `handlers` matches its schema's output (checked by the types above).
    const handler = handlers[method] as (...args: readonly unknown[]) => unknown;
    deps.ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const refusal = senderRefusal(event, deps.getWindow(), deps.appOrigin);
      if (refusal) {
        deps.log.warn('ipc.refused', { channel, reason: refusal });
        throw new Error(`ipc-refused:${refusal}`);
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        deps.log.warn('ipc.invalid-arguments', { channel, issues: parsed.error.issues.length });
        throw new Error('ipc-invalid-arguments');
      }
      return handler(...parsed.data);
    });
  }
}
