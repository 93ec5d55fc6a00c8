// printJob COMPLETIONS: "succeeded/completions" when spec.completions is set (Indexed or NonIndexed, 0 too);
// without completions, "succeeded/1 of parallelism" when parallelism > 1, else "succeeded/1" (parallelism 0 and 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Runs the scenario again with `jobsim run FILE -o text` and returns its stdout.
function runText(scenario, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'printers-'));
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, scenario);
  const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, ...args, '-o', 'text'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`jobsim run -o text exited ${out.status}: ${(out.stderr || '').split('\n')[0]}`);
  return out.stdout;
}

// The kubectl table whose NAME cells start with `kind/` (cronjob.batch, job.batch, pod), as
// { header, rows }: each row an object keyed by column header, cells cut at the header's column starts.
function tableOf(stdout, kind) {
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

function rowOf(table, name, what) {
  const r = table.rows.find((x) => x.NAME === name);
  if (!r) throw new Error(`no row ${name} in the ${what ?? 'kubectl'} table (rows: ${table.rows.map((x) => x.NAME).join(', ')})`);
  return r;
}

// k8s.io/apimachinery/pkg/util/duration.HumanDuration, for deriving expectations from the JSON result.
function humanDuration(ms) {
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

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completions: 4
  parallelism: 2
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq1}
spec:
  parallelism: 1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq4}
spec:
  parallelism: 4
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: p0}
spec:
  parallelism: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: c0}
spec:
  completions: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: perindex}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  backoffLimitPerIndex: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-completions-formats',
  source: 'pkg/printers/internalversion/printers.go printJob (completions: "%d/%d", "%d/1 of %d" when parallelism > 1, "%d/1"); TestPrintJob rows job1/job2/job3',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '5m']), 'job.batch');
    const want = {
      idx: ['Complete', '4/4'], wq1: ['Complete', '1/1'], wq4: ['Complete', '4/1 of 4'],
      p0: ['Running', '0/1'], c0: ['Complete', '0/0'], perindex: ['Failed', '0/3'],
    };
    for (const [name, [status, completions]] of Object.entries(want)) {
      const row = rowOf(t, `job.batch/${name}`);
      h.eq([row.STATUS, row.COMPLETIONS], [status, completions], `job ${name} STATUS, COMPLETIONS`);
      const j = h.job(name);
      const end = j.status.completionTime ? Date.parse(j.status.completionTime) : Date.parse(r.spec.end);
      h.eq(row.DURATION, humanDuration(end - Date.parse(j.status.startTime)), `job ${name} DURATION`);
    }
    h.eq(rowOf(t, 'job.batch/c0').DURATION, '0s', 'completions 0: completionTime = startTime');
    h.eq(rowOf(t, 'job.batch/p0').DURATION, '5m', 'parallelism 0: started (startTime set), never finishes');
  },
};
