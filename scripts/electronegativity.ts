/**
 * `npm run security:scan`: Electronegativity on `electron/` for Electron 45.5.0. The tool exits 0
 * even with findings, so this wrapper reads its CSV report (kept in tests/artifacts), subtracts
 * the reviewed exclusions of scripts/electronegativity-exclusions.json (each with a written
 * reason) and exits 1 on anything left.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ELECTRON_VERSION = '45.5.0';
const report = path.join(root, 'tests', 'artifacts', 'electronegativity.csv');

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

/** Splits CSV text into rows, honouring quoted fields with commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function readFindings(file: string): Finding[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const column = (name: string) => (header ?? []).findIndex((h) => h.trim().toLowerCase() === name);
  const [issue, severity, filename, location, description] = [
    'issue',
    'severity',
    'filename',
    'location',
    'description',
  ].map(column);
  return rows.map((r) => ({
    check: r[issue ?? 0] ?? '',
    severity: r[severity ?? 1] ?? '',
    file: r[filename ?? 3] ?? '',
    location: r[location ?? 4] ?? '',
    description: r[description ?? 6] ?? '',
  }));
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
  const findings = readFindings(report);
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
