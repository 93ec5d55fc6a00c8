// The kubectl tables of `jobsim run -o text`, for the printer acceptance cases: run a scenario
// through the CLI, cut a table into rows by its header's column starts, and HumanDuration.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Runs the scenario again with `jobsim run FILE -o text` and returns its stdout.
export function runText(scenario, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'printers-'));
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, scenario);
  const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, ...args, '-o', 'text'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`jobsim run -o text exited ${out.status}: ${(out.stderr || '').split('\n')[0]}`);
  return out.stdout;
}

// The kubectl table whose NAME cells start with `kind/` (cronjob.batch, job.batch, pod), as
// { header, rows }: each row an object keyed by column header, cells cut at the header's column starts.
export function tableOf(stdout, kind) {
  const lines = stdout.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!/^(NAME|NAMESPACE)\s/.test(header)) continue;
    const starts = [];
    for (let p = 0; p < header.length; p++) if (header[p] !== ' ' && (p === 0 || header.slice(Math.max(0, p - 2), p) === '  ')) starts.push(p);
    const names = starts.map((s, k) => header.slice(s, starts[k + 1]).trim());
    const cut = (l) => Object.fromEntries(names.map((n, k) => [n, l.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : undefined).trim()]));
    const rows = [];
    for (let j = i + 1; j < lines.length && lines[j].trim() !== ''; j++) rows.push(cut(lines[j]));
    if (rows.length && rows[0].NAME.startsWith(`${kind}/`)) return { header: names, rows };
  }
  return { header: [], rows: [] };
}

export function rowOf(table, name, what) {
  const r = table.rows.find((x) => x.NAME === name);
  if (!r) throw new Error(`no row ${name} in the ${what ?? 'kubectl'} table (rows: ${table.rows.map((x) => x.NAME).join(', ')})`);
  return r;
}

// k8s.io/apimachinery/pkg/util/duration.HumanDuration, for deriving expectations from the JSON result.
export function humanDuration(ms) {
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 === 0 ? `${h / 24}d` : `${Math.floor(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  if (h < 24 * 365 * 8) { const dy = Math.floor(h / 24) % 365; return dy === 0 ? `${Math.floor(h / 24 / 365)}y` : `${Math.floor(h / 24 / 365)}y${dy}d`; }
  return `${Math.floor(h / 24 / 365)}y`;
}
