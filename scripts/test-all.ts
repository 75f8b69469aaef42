/**
 * `npm test`: every check the project relies on, in order, then one summary line.
 *
 * Each step is either a check (counts as one passed/failed item) or a test runner whose JSON
 * report is read for its passed / failed / skipped counts. A step that cannot run because an
 * earlier one failed counts as failed, never as skipped. Skipped tests are listed with their
 * reason so nothing that could not run passes silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

type Kind = 'check' | 'vitest' | 'playwright';
interface Step {
  name: string;
  command: string[];
  kind: Kind;
  /** Names of steps that must have passed for this one to make sense. */
  needs?: string[];
  env?: Record<string, string>;
}
interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  skippedReasons: string[];
}

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'tests', 'artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const report = (name: string) => path.join(reports, `${name}.json`);

const STEPS: Step[] = [
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'], kind: 'check' },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'], kind: 'check' },
  { name: 'content', command: ['npm', 'run', '-s', 'content:check'], kind: 'check' },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report('unit')}`,
    ],
    kind: 'vitest',
  },
  {
    // The hub tests start their own PostgreSQL (Debian package); without it they fail, never skip.
    name: 'hub',
    command: [
      'npx',
      'vitest',
      'run',
      '-c',
      'vitest.hub.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report('hub')}`,
    ],
    kind: 'vitest',
  },
  { name: 'build', command: ['npm', 'run', '-s', 'build'], kind: 'check' },
  {
    name: 'browser-e2e',
    command: ['npx', 'playwright', 'test', '-c', 'tests/playwright.browser.config.ts'],
    kind: 'playwright',
    needs: ['build'],
    env: { PW_JSON_REPORT: report('browser-e2e') },
  },
  {
    name: 'electron-e2e',
    command: ['npx', 'playwright', 'test', '-c', 'tests/playwright.electron.config.ts'],
    kind: 'playwright',
    needs: ['build'],
    env: { PW_JSON_REPORT: report('electron-e2e') },
  },
  { name: 'electronegativity', command: ['npm', 'run', '-s', 'security:scan'], kind: 'check' },
];

function vitestCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  };
  // A file that fails to load has no failed test but must count, once.
  const brokenFiles = json.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    skipped: json.numPendingTests + json.numTodoTests,
    skippedReasons: [],
  };
}

interface PwSpec {
  title: string;
  tests: {
    status: string;
    annotations: { type: string; description?: string }[];
    results: { annotations?: { type: string; description?: string }[] }[];
  }[];
}
interface PwSuite {
  title: string;
  specs?: PwSpec[];
  suites?: PwSuite[];
}

function playwrightCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites: PwSuite[];
    errors?: unknown[];
  };
  const reasons: string[] = [];
  const walk = (suite: PwSuite, trail: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== 'skipped') continue;
        const notes = [...t.annotations, ...t.results.flatMap((r) => r.annotations ?? [])];
        const why = notes.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        reasons.push(`${[...trail, spec.title].filter(Boolean).join(' › ')} — ${why}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const s of json.suites) walk(s, [s.title]);
  return {
    passed: json.stats.expected + json.stats.flaky,
    failed: json.stats.unexpected + (json.errors?.length ?? 0),
    skipped: json.stats.skipped,
    skippedReasons: [...new Set(reasons)],
  };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0, skippedReasons: [] };
const outcome = new Map<string, boolean>();
const lines: string[] = [];

for (const step of STEPS) {
  const blockedBy = (step.needs ?? []).filter((n) => outcome.get(n) !== true);
  if (blockedBy.length > 0) {
    outcome.set(step.name, false);
    total.failed += 1;
    lines.push(`✗ ${step.name}: not run, needs ${blockedBy.join(', ')}`);
    continue;
  }
  console.info(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0] ?? 'true', step.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  let counts: Counts | null = null;
  if (step.kind === 'vitest') counts = vitestCounts(report(step.name));
  if (step.kind === 'playwright') counts = playwrightCounts(step.env?.PW_JSON_REPORT ?? '');
  if (step.kind === 'check' || !counts) {
    counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, skippedReasons: [] };
  } else if (!ok && counts.failed === 0) {
    counts.failed = 1; // The runner failed without a failing test: count it.
  }
  outcome.set(step.name, ok && counts.failed === 0);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  total.skippedReasons.push(...counts.skippedReasons);
  const mark = ok && counts.failed === 0 ? '✓' : '✗';
  lines.push(
    `${mark} ${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
  );
}

console.info('\n━━ Summary');
for (const line of lines) console.info(line);
if (total.skippedReasons.length > 0) {
  console.info('\nSkipped, with the reason:');
  for (const reason of total.skippedReasons) console.info(`  - ${reason}`);
}
console.info(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
