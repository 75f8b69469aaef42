/**
 * The Linux lockdown files shipped in resources/linux (docs/deployment.md, section 4): what
 * each must guarantee, checked in the text, plus shell syntax and, where systemd-analyze
 * exists, systemd's own unit parser (missing executables aside: nothing is installed here).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'linux');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

/** systemd-analyze verify complaints, except "command not installed on this machine". */
function unitProblems(file: string, instanceName = path.basename(file)): string[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kiosque-unit-'));
  try {
    const target = path.join(tmp, instanceName);
    copyFileSync(path.join(dir, file), target);
    const run = spawnSync('systemd-analyze', ['verify', '--man=no', target], { encoding: 'utf8' });
    return `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter(
        (line) => line.trim() !== '' && !/is not executable: No such file or directory/.test(line),
      );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('Linux session files', () => {
  it('the systemd user unit restarts the kiosk whatever happens', () => {
    const unit = read('kiosque-numerique.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/kiosque-numerique$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^StartLimitIntervalSec=0$/m);
  });

  it('the cage unit logs the kiosk account in on a VT, without VT switching, and restarts', () => {
    const unit = read('kiosque-cage@.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/cage -- \/usr\/bin\/kiosque-numerique$/m);
    expect(unit).not.toMatch(/cage\s+(-\w+\s+)*-s\b/);
    expect(unit).toMatch(/^User=kiosque$/m);
    expect(unit).toMatch(/^PAMName=kiosque-cage$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(read('pam.d/kiosque-cage')).toMatch(/^session\s+required\s+pam_systemd\.so$/m);
  });

  it('the X configuration forbids VT switching and killing the server', () => {
    const conf = read('10-kiosque-numerique.conf');
    expect(conf).toMatch(/Option "DontVTSwitch" "true"/);
    expect(conf).toMatch(/Option "DontZap" "true"/);
    expect(read('50-kiosque-numerique-lightdm.conf')).toMatch(
      /^autologin-session=kiosque-numerique-x$/m,
    );
    expect(read('kiosque-numerique-x.desktop')).toMatch(
      /^Exec=\/usr\/local\/bin\/kiosque-numerique-x-session$/m,
    );
    expect(read('kiosque-numerique-x-session')).toMatch(
      /systemctl --user start kiosque-numerique\.service/,
    );
  });

  it('the autostart alternative starts the kiosk', () => {
    expect(read('kiosque-numerique-autostart.desktop')).toMatch(
      /^Exec=\/usr\/bin\/kiosque-numerique$/m,
    );
  });

  it('the home reset keeps the app data folder', () => {
    expect(read('kiosque-reset-home')).toContain("! -name 'Kiosque Numérique'");
    expect(read('kiosque-reset-home.service')).toMatch(
      /^Before=display-manager\.service systemd-user-sessions\.service$/m,
    );
  });

  it("the home reset wipes the account's own units, autostart entries and environment", () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kiosque-reset-'));
    try {
      const home = path.join(tmp, 'home');
      const plant = (file: string) => {
        mkdirSync(path.dirname(path.join(home, file)), { recursive: true });
        writeFileSync(path.join(home, file), 'planted');
      };
      plant('.config/systemd/user/evil.service');
      plant('.config/systemd/user/default.target.wants/evil.service');
      plant('.config/autostart/evil.desktop');
      plant('.config/environment.d/90-evil.conf');
      plant('.local/share/systemd/user/evil.service');
      plant('.profile.d/evil.sh');
      plant('.config/Kiosque Numérique/IndexedDB/journal.ldb');
      // Stand-ins for getent (the account's home is the temp folder) and chown (not root here).
      const bin = path.join(tmp, 'bin');
      mkdirSync(bin);
      writeFileSync(
        path.join(bin, 'getent'),
        `#!/bin/sh\necho "kiosque:x:1000:1000::${home}:/bin/bash"\n`,
      );
      writeFileSync(path.join(bin, 'chown'), '#!/bin/sh\nexit 0\n');
      chmodSync(path.join(bin, 'getent'), 0o755);
      chmodSync(path.join(bin, 'chown'), 0o755);
      const run = spawnSync('bash', [path.join(dir, 'kiosque-reset-home'), 'kiosque'], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const gone of [
        '.config/systemd',
        '.config/autostart',
        '.config/environment.d',
        '.local',
        '.profile.d',
      ])
        expect(existsSync(path.join(home, gone)), gone).toBe(false);
      expect(existsSync(path.join(home, '.config/Kiosque Numérique/IndexedDB/journal.ldb'))).toBe(
        true,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    ['bash', 'kiosque-reset-home'],
    ['sh', 'kiosque-numerique-x-session'],
  ])('%s accepts the syntax of %s', (shell, file) => {
    const run = spawnSync(shell, ['-n', path.join(dir, file)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.runIf(hasSystemdAnalyze)('systemd accepts the units', () => {
    expect(unitProblems('kiosque-numerique.service')).toEqual([]);
    expect(unitProblems('kiosque-reset-home.service')).toEqual([]);
    expect(unitProblems('kiosque-cage@.service', 'kiosque-cage@tty1.service')).toEqual([]);
  });
});
