import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// every object change of KIND/NAME in the --trace stream: { s: seconds since start, op, o: object }
function writes(scenario, kind, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'jobstatus2-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  return lines.filter((l) => l.type === 'object' && l.kind === kind && l.name === name).map((l) => ({ s: (Date.parse(l.t) - start) / 1000, op: l.op, o: l.object }));
}

// Forbid with a 90s Job: the 2m slot is skipped while the first runs (lastScheduleTime stays 1m); when the first completes
// (2m31s) the same sync records lastSuccessfulTime, drops the ref and starts the 2m slot late: the new Job is named after
// 2m, its scheduled-timestamp annotation says 2m, its creationTimestamp is 2m31s, lastScheduleTime becomes 2m.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 170s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90s"}}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`;
export default {
  id: 'jobstatus2/cronjob-forbid-late-start-status',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (ForbidConcurrent && len(Active) > 0: JobAlreadyActive, no status change; later sync creates the most recent unmet slot); reference cronjob-and-friends §2.6 j',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'CronJob', 'cj').filter((w) => w.op === 'MODIFIED');
    h.eq(ws.map((w) => [w.s, (w.o.status.active ?? []).map((a) => a.name), w.o.status.lastScheduleTime, w.o.status.lastSuccessfulTime ?? null]), [
      [60, ['cj-29453761'], '2026-01-01T00:01:00Z', null],
      [151, ['cj-29453762'], '2026-01-01T00:02:00Z', '2026-01-01T00:02:31Z'],
    ], 'CronJob status writes');
    const j = h.job('cj-29453762');
    h.eq([j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']], ['2026-01-01T00:02:31Z', '2026-01-01T00:02:00Z'], '[creationTimestamp, scheduled-timestamp]');
  },
};
