// A pod template's own spec.activeDeadlineSeconds (60) is enforced by the kubelet (pkg/kubelet/active_deadline.go):
// the pod is Failed with reason DeadlineExceeded, "Pod was active on the node longer than the specified deadline",
// the container is killed (terminated, reason Error, which printPod's STATUS shows over the pod's reason) and, with backoffLimit 0, the Job
// fails (BackoffLimitExceeded) a little after 60s instead of running its 1h container.
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
metadata: {name: pdl}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      activeDeadlineSeconds: 60
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-active-deadline-exceeded',
  source: 'pkg/kubelet/active_deadline.go (reason "DeadlineExceeded", message "Pod was active on the node longer than the specified deadline"); pkg/printers/internalversion/printers.go printPod (pod.Status.Reason)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('pdl')[0];
    h.eq([pod.status.phase, pod.status.reason, pod.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod status');
    const c = h.hasCond(h.job('pdl'), 'Failed', 'BackoffLimitExceeded');
    h.near(h.sec(c.lastTransitionTime), 61, 15, 'Job Failed');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '5m']), 'pod'), `pod/${pod.metadata.name}`);
    // the kubelet kills the container: its terminated reason (Error) is what printPod shows
    h.eq(row.STATUS, 'Error', 'pod STATUS');
  },
};
