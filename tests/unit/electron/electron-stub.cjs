// The few `electron` APIs electron-log reads in the main process, for logger.test.ts.
// getPath is never used for the file itself (logger.ts sets resolvePathFn).
module.exports = {
  app: {
    name: 'kiosque-test',
    getName: () => 'kiosque-test',
    getVersion: () => '0.0.0-test',
    getPath: () => '.',
    isReady: () => true,
    on: () => undefined,
    once: () => undefined,
    whenReady: () => Promise.resolve(),
  },
  ipcMain: {
    channels: new Set(),
    on(channel) {
      this.channels.add(`on:${channel}`);
    },
    handle(channel) {
      this.channels.add(`handle:${channel}`);
    },
    removeHandler(channel) {
      this.channels.delete(`handle:${channel}`);
    },
    removeAllListeners(channel) {
      this.channels.delete(`on:${channel}`);
    },
  },
  BrowserWindow: { getAllWindows: () => [] },
  webContents: { getAllWebContents: () => [] },
  session: { defaultSession: { setPreloads: () => undefined, getPreloads: () => [] } },
};
