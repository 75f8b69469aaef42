/**
 * The layer rules of `npm run lint` (.dependency-cruiser.cjs) can fail: each test plants one
 * violation in a small tree laid out like the app's and runs the same command lint runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** A clean tree: a data module, two features with public surfaces, a ui atom and the app. */
const CLEAN: Record<string, string> = {
  'renderer/lib/dates.ts': 'export const today = () => "2026-12-02";\n',
  'renderer/data/store.ts': 'import { today } from "../lib/dates";\nexport const at = today;\n',
  'renderer/features/journal/index.ts': 'export { save } from "./form/save";\n',
  'renderer/features/journal/form/save.ts':
    'import { at } from "../../../data/store";\nexport const save = () => at();\n',
  'renderer/features/stats/StatsPanel.ts':
    'import { save } from "../journal";\nexport const panel = () => save();\n',
  'renderer/ui/Button.ts': 'export const button = 1;\n',
  'renderer/app/App.ts': 'import { button } from "../ui/Button";\nexport const app = button;\n',
  'electron/shared/pin.ts': 'export const pin = 1;\n',
};

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function cruise(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'kiosque-layers-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
  for (const [path, text] of Object.entries({ ...CLEAN, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    process.execPath,
    [CLI, 'renderer', 'electron', '--config', CONFIG, '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('layer rules (npm run lint)', () => {
  it('pass on a tree that follows them', () => {
    const { status, output } = cruise({});
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it('refuse a data module importing a feature', () => {
    const { status, output } = cruise({
      'renderer/data/store.ts':
        'import { save } from "../features/journal";\nexport const at = () => save;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('data-imports-no-feature');
  });

  it('refuse a cycle made of type-only imports', () => {
    const { status, output } = cruise({
      'renderer/lib/a.ts': 'import type { B } from "./b";\nexport type A = { b?: B };\n',
      'renderer/lib/b.ts': 'import type { A } from "./a";\nexport type B = { a?: A };\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-cycles');
  });

  it('refuse a cycle closed by a dynamic import', () => {
    const { status, output } = cruise({
      'renderer/features/stats/load.ts': 'export const load = () => import("./StatsScreen");\n',
      'renderer/features/stats/StatsScreen.ts':
        'import { load } from "./load";\nexport default load;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-cycles');
  });

  it("refuse a feature reaching into another feature's internals", () => {
    const { status, output } = cruise({
      'renderer/features/stats/StatsPanel.ts':
        'import { save } from "../journal/form/save";\nexport const panel = () => save();\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-feature-internals');
  });

  it('refuse a ui atom importing the app', () => {
    const { status, output } = cruise({
      'renderer/ui/Button.ts': 'import { app } from "../app/App";\nexport const button = app;\n',
      'renderer/app/App.ts': 'export const app = 1;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('ui-imports-no-app');
  });

  it('refuse the renderer importing main-process code', () => {
    const { status, output } = cruise({
      'electron/main/window.ts': 'export const open = 1;\n',
      'renderer/app/App.ts':
        'import { open } from "../../electron/main/window";\nexport const app = open;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('renderer-reaches-electron-only-through-the-contract');
  });
});
