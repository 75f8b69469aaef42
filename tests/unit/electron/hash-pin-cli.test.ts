import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runHashPin } from '../../../electron/hash-pin-cli';
import { verifyPin } from '../../../electron/shared/pin-hash';
import { PIN_HASH_PATTERN } from '../../../electron/shared/config-schema';

async function run(input: string) {
  const stdin = Readable.from([input]) as unknown as NodeJS.ReadStream;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await runHashPin({ stdin, stdout, stderr });
  return { code, out, err };
}

describe('--hash-pin', () => {
  it('prints a hash that validates and verifies, never the PIN', async () => {
    const { code, out, err } = await run('730194\n');
    expect(code).toBe(0);
    const hash = out.trim();
    expect(hash).toMatch(PIN_HASH_PATTERN);
    expect(await verifyPin('730194', hash)).toBe(true);
    expect(out + err).not.toContain('730194');
  });

  it('refuses malformed and weak PINs', async () => {
    expect((await run('12ab\n')).code).toBe(1);
    const weak = await run('123456\n');
    expect(weak.code).toBe(1);
    expect(weak.out).toBe('');
    expect(weak.err).toMatch(/trop facile/);
  });
});
