import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserKioskFlags } from '../../../scripts/kiosk-flags';

function configFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosque-flags-')), 'config.json');
  writeFileSync(file, content);
  return file;
}

const features = '--disable-blink-features=Auxclick,FileSystemAccessLocal';

describe('browser kiosk flags', () => {
  it('turns off the same Blink features as the Electron window, everywhere', () => {
    expect(browserKioskFlags(null, 'win32')).toEqual([features]);
  });
  it('asks Chromium for the system voices on Linux only', () => {
    expect(browserKioskFlags(null, 'linux')).toEqual([features, '--enable-speech-dispatcher']);
    expect(browserKioskFlags(null, 'win32')).toEqual([features]);
  });
  it('prints silently only when the config names a printer', () => {
    const withPrinter = configFile(JSON.stringify({ takeaway: { printer: 'Accueil-HP' } }));
    const without = configFile(JSON.stringify({ takeaway: { printer: null } }));
    expect(browserKioskFlags(withPrinter, 'win32')).toEqual([features, '--kiosk-printing']);
    expect(browserKioskFlags(without, 'win32')).toEqual([features]);
    expect(browserKioskFlags(configFile('{ pas du JSON'), 'win32')).toEqual([features]);
  });
});
