/**
 * A private speech-dispatcher for the real-speech test: Debian's configuration with its audio
 * sent to ALSA, and ALSA writing the samples to a file instead of a sound card (CI machines
 * have none, and PulseAudio is absent). Chromium starts the daemon itself (autospawn) with
 * this environment; the file then proves that espeak-ng really produced speech.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SYSTEM_CONFIG = '/etc/speech-dispatcher';

export interface SpeechSandbox {
  env: Record<string, string>;
  /** Where ALSA writes the raw samples (signed 16-bit little-endian). */
  samplesFile: string;
  dispose(): void;
}

export function speechDispatcherMissing(): string | null {
  if (process.platform !== 'linux') return 'speech-dispatcher is the Linux speech service';
  for (const file of [SYSTEM_CONFIG, '/usr/bin/speech-dispatcher', '/usr/bin/espeak-ng'])
    if (!existsSync(file))
      return `${file} is missing: .ci/run installs speech-dispatcher and espeak-ng`;
  return null;
}

export function createSpeechSandbox(): SpeechSandbox {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kiosque-speech-'));
  const home = path.join(root, 'home');
  const config = path.join(root, 'config');
  const runtime = path.join(root, 'run');
  for (const dir of [home, config, runtime]) mkdirSync(dir, { mode: 0o700 });
  cpSync(SYSTEM_CONFIG, path.join(config, 'speech-dispatcher'), { recursive: true });
  appendFileSync(
    path.join(config, 'speech-dispatcher', 'speechd.conf'),
    '\nAudioOutputMethod "alsa"\n',
  );
  const samplesFile = path.join(root, 'speech.raw');
  writeFileSync(
    path.join(home, '.asoundrc'),
    `pcm.!default {\n  type file\n  slave.pcm "null"\n  file "${samplesFile}"\n  format "raw"\n}\n`,
  );
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime });
  delete env.SPEECHD_ADDRESS;
  return { env, samplesFile, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Root mean square of the samples written so far (0 when none): speech is well above 100. */
export function samplesLoudness(file: string): { samples: number; rms: number } {
  if (!existsSync(file)) return { samples: 0, rms: 0 };
  const bytes = readFileSync(file);
  let sum = 0;
  const samples = Math.floor(bytes.length / 2);
  for (let i = 0; i < samples; i++) sum += bytes.readInt16LE(i * 2) ** 2;
  return { samples, rms: samples ? Math.sqrt(sum / samples) : 0 };
}
