// An OnFailure pod that succeeded on its third run: STATUS Completed, RESTARTS "2 (9m ago)": the last restart's
// run ended (lastState finishedAt) at 1m, read at 10m.
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
metadata: {name: flaky}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0", jobsim/duration: "30s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'printers/pod-completed-after-restarts',
  source: 'pkg/printers/internalversion/printers.go printPod (restarts and lastRestartDate also for a finished pod)',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('flaky')[0];
    h.eq(pod.status.containerStatuses[0].lastState.terminated.finishedAt, '2026-01-01T00:01:00Z', 'last failed run finishedAt');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS], ['0/1', 'Completed', '2 (9m ago)'], 'flaky pod row');
    const j = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'job.batch'), 'job.batch/flaky');
    h.eq([j.STATUS, j.COMPLETIONS], ['Complete', '1/1'], 'job row');
  },
};
