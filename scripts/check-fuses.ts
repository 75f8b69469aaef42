/**
 * Checks the Electron fuses of a packaged build (`npx tsx scripts/check-fuses.ts`).
 *
 * Fuses are bits written into the Electron binary by electron-builder (`electronFuses` in
 * electron-builder.yml); they cannot be changed by a command-line flag or an environment
 * variable, which is the point. This reads them back with @electron/fuses and compares each one
 * with the hardening policy of docs/deployment.md (kiosk-security reference).
 *
 * Usage:
 *   npx tsx scripts/check-fuses.ts                       production build under release/
 *   npx tsx scripts/check-fuses.ts --variant test        test build under release/test/
 *   npx tsx scripts/check-fuses.ts --binary <file|.app>  one given binary
 * Exit code: 0 every fuse as expected, 1 a fuse is wrong, 2 the check could not run (no build).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants.js';

/** The fuse names used by electron-builder's `electronFuses` option. */
export type BuilderFuseName =
  | 'runAsNode'
  | 'enableCookieEncryption'
  | 'enableNodeOptionsEnvironmentVariable'
  | 'enableNodeCliInspectArguments'
  | 'enableEmbeddedAsarIntegrityValidation'
  | 'onlyLoadAppFromAsar'
  | 'grantFileProtocolExtraPrivileges';

/** Where each electron-builder fuse name sits in the binary's fuse wire. */
export const FUSE_INDEX: Record<BuilderFuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/**
 * The hardening policy of the production build: no `ELECTRON_RUN_AS_NODE`, no `NODE_OPTIONS`,
 * no `--inspect`, encrypted cookies, the asar checked and the only place code loads from, no
 * extra `file://` privileges.
 */
export const HARDENED_FUSES: Readonly<Record<BuilderFuseName, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

export type BuildVariant = 'production' | 'test';

/** The test build differs by one fuse only: Playwright's `_electron.launch` needs `--inspect`. */
export function expectedFuses(variant: BuildVariant): Record<BuilderFuseName, boolean> {
  return variant === 'test'
    ? { ...HARDENED_FUSES, enableNodeCliInspectArguments: true }
    : { ...HARDENED_FUSES };
}

export interface FuseFinding {
  fuse: BuilderFuseName;
  expected: 'on' | 'off';
  actual: 'on' | 'off' | 'removed' | 'inherit' | 'missing';
  ok: boolean;
}

const describeState = (state: number | undefined): FuseFinding['actual'] => {
  if (state === FuseState.ENABLE) return 'on';
  if (state === FuseState.DISABLE) return 'off';
  if (state === FuseState.REMOVED) return 'removed';
  if (state === FuseState.INHERIT) return 'inherit';
  return 'missing';
};

/**
 * Compares a fuse wire read from a binary with the expected values. A fuse that a newer
 * Electron removed counts as "off": acceptable where off is expected, wrong otherwise.
 */
export function compareFuses(
  wire: Partial<Record<FuseV1Options, number>>,
  expected: Record<BuilderFuseName, boolean>,
): FuseFinding[] {
  return (Object.keys(expected) as BuilderFuseName[]).map((fuse) => {
    const actual = describeState(wire[FUSE_INDEX[fuse]]);
    const want = expected[fuse] ? 'on' : 'off';
    const ok = actual === want || (want === 'off' && actual === 'removed');
    return { fuse, expected: want, actual, ok };
  });
}

/** Reads the fuses of one binary (a Linux/Windows executable or a macOS `.app`). */
export async function checkBinary(binary: string, variant: BuildVariant): Promise<FuseFinding[]> {
  const wire = await getCurrentFuseWire(binary);
  return compareFuses(wire, expectedFuses(variant));
}

const EXECUTABLE_NAMES = new Set(['kiosque-numerique', 'kiosque-numerique.exe']);

/**
 * Packaged binaries under an electron-builder output folder: `<dir>/*-unpacked/kiosque-numerique`
 * (Linux), `<dir>/win-unpacked/kiosque-numerique.exe` (Windows), `<dir>/mac*\/*.app` (macOS).
 */
export function findPackagedBinaries(outputDir: string): string[] {
  if (!existsSync(outputDir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(outputDir)) {
    const dir = path.join(outputDir, entry);
    if (!statSync(dir).isDirectory() || !(entry.endsWith('-unpacked') || entry.startsWith('mac')))
      continue;
    for (const name of readdirSync(dir)) {
      if (EXECUTABLE_NAMES.has(name) || name.endsWith('.app')) found.push(path.join(dir, name));
    }
  }
  return found.sort();
}

/** Where electron-builder writes each variant (see electron-builder*.yml `directories.output`). */
export const OUTPUT_DIR: Record<BuildVariant, string> = {
  production: 'release',
  test: path.join('release', 'test'),
};

interface CliOptions {
  variant: BuildVariant;
  binary: string | null;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { variant: 'production', binary: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--variant') options.variant = argv[i + 1] === 'test' ? 'test' : 'production';
    if (argv[i] === '--binary') options.binary = argv[i + 1] ?? null;
  }
  return options;
}

/** Prints a report for each binary and returns the exit code (0 ok, 1 wrong fuse, 2 not run). */
export async function runCheck(root: string, argv: readonly string[]): Promise<number> {
  const { variant, binary } = parseArgs(argv);
  const outputDir = path.join(root, OUTPUT_DIR[variant]);
  const binaries = binary ? [path.resolve(root, binary)] : findPackagedBinaries(outputDir);
  if (binaries.length === 0) {
    console.warn(
      `check-fuses: NOT RUN — no packaged ${variant} build under ${path.relative(root, outputDir) || '.'}/ ` +
        `(run \`npm run ${variant === 'test' ? 'dist:test' : 'dist'}\` first; where the Electron download is ` +
        `impossible: \`npm run ${variant === 'test' ? 'dist:test' : 'dist'} -- -c.electronDist=<unpacked Electron folder>\`, ` +
        'see docs/deployment.md).',
    );
    return 2;
  }
  let failed = false;
  for (const file of binaries) {
    if (!existsSync(file)) {
      console.warn(`check-fuses: NOT RUN — ${file} does not exist.`);
      return 2;
    }
    let findings: FuseFinding[];
    try {
      findings = await checkBinary(file, variant);
    } catch (error) {
      console.error(
        `check-fuses: cannot read the fuses of ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
      failed = true;
      continue;
    }
    console.info(`check-fuses: ${path.relative(root, file)} (${variant} build)`);
    for (const f of findings) {
      console.info(`  ${f.ok ? 'ok   ' : 'WRONG'} ${f.fuse}: ${f.actual} (expected ${f.expected})`);
    }
    if (findings.some((f) => !f.ok)) failed = true;
  }
  console.info(failed ? 'check-fuses: FAILED' : 'check-fuses: all fuses as expected');
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(import.meta.dirname, '..');
  process.exitCode = await runCheck(root, process.argv.slice(2));
}
