/**
 * `npm run security:scan`: Electronegativity on `electron/` for Electron 45.5.0. The tool exits 0
 * even with findings, so this wrapper reads its SARIF report (kept in tests/artifacts), subtracts
 * the reviewed exclusions of scripts/electronegativity-exclusions.json (each with a written
 * reason) and exits 1 on anything left.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ELECTRON_VERSION = '45.5.0';
const report = path.join(root, 'tests', 'artifacts', 'electronegativity.sarif');

interface Exclusion {
  check: string;
  file?: string;
  reason: string;
}
export interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  description: string;
}

interface SarifReport {
  runs?: Array<{
    results?: Array<{
      ruleId?: string;
      level?: string;
      message?: { text?: string };
      locations?: Array<{
        physicalLocation?: {
          artifactLocation?: { uri?: string };
          region?: { startLine?: number; startColumn?: number };
        };
      }>;
    }>;
  }>;
}

/**
 * The findings of a SARIF report. SARIF, not CSV: Electronegativity writes its CSV header and
 * rows with two concurrent `fs.writeFile` calls, and the race sometimes leaves a garbled file.
 */
export function findingsOfSarif(text: string): Finding[] {
  const report = JSON.parse(text) as SarifReport;
  return (report.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation;
      const uri = where?.artifactLocation?.uri ?? '';
      // SARIF columns start at 1; the tool reports 0-based ones elsewhere.
      const column = (where?.region?.startColumn ?? 1) - 1;
      return {
        check: result.ruleId ?? '',
        severity: result.level ?? '',
        file: uri === 'file:///' ? 'N/A' : uri,
        location: `${where?.region?.startLine ?? 0}:${column}`,
        description: result.message?.text ?? '',
      };
    }),
  );
}

const relative = (file: string): string =>
  file === 'N/A' || file === ''
    ? 'N/A'
    : path.relative(root, path.resolve(root, file)).split(path.sep).join('/');

const matches = (e: Exclusion, f: Finding): boolean =>
  e.check === f.check && (e.file === undefined || e.file === relative(f.file));

function main(): number {
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const run = spawnSync(
    process.execPath,
    [cli, '-i', path.join(root, 'electron'), '-e', ELECTRON_VERSION, '-o', report],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (run.status !== 0 || !existsSync(report)) {
    console.error(
      `Electronegativity did not produce a report (exit ${run.status}): ${(run.stderr || run.error?.message || '').trim()}`,
    );
    return 1;
  }
  const { exclusions } = JSON.parse(
    readFileSync(path.join(root, 'scripts', 'electronegativity-exclusions.json'), 'utf8'),
  ) as { exclusions: Exclusion[] };
  const missingReason = exclusions.filter(
    (e) => typeof e.reason !== 'string' || e.reason.trim().length < 40,
  );
  if (missingReason.length > 0) {
    console.error(
      `Exclusions without a written reason: ${missingReason.map((e) => e.check).join(', ')}`,
    );
    return 1;
  }
  const findings = findingsOfSarif(readFileSync(report, 'utf8'));
  const excluded = findings.filter((f) => exclusions.some((e) => matches(e, f)));
  const open = findings.filter((f) => !excluded.includes(f));
  for (const e of exclusions) {
    if (!findings.some((f) => matches(e, f)))
      console.warn(`Exclusion no longer needed: ${e.check}${e.file ? ` (${e.file})` : ''}`);
  }
  for (const f of excluded) console.info(`excluded  ${f.check} ${relative(f.file)}:${f.location}`);
  for (const f of open)
    console.error(
      `FINDING   ${f.severity} ${f.check} ${relative(f.file)}:${f.location} — ${f.description}`,
    );
  console.info(
    `Electronegativity ${ELECTRON_VERSION}: ${findings.length} finding(s), ${excluded.length} excluded with a reason, ${open.length} open (report: ${path.relative(root, report)})`,
  );
  return open.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  process.exit(main());
