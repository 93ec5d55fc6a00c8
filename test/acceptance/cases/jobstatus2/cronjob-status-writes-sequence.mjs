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

// The CronJob's status over time: {} at creation; at the slot (+100ms requeue, same second) active [ref] and
// lastScheduleTime; when the Job completes (pod ends 1m10s, Job Complete at 1m11s) the ref is removed (an empty
// active slice is omitted) and lastSuccessfulTime = the Job's completionTime, in one write. Generation stays 1.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 100s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`;
export default {
  id: 'jobstatus2/cronjob-status-writes-sequence',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (append active ref, LastScheduleTime = scheduledTime; SawCompletedJob: deleteFromActiveList, LastSuccessfulTime = job.Status.CompletionTime); utils.go deleteFromActiveList; batch/v1 types CronJobStatus (active omitempty)',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'CronJob', 'cj');
    const row = (w) => {
      const s = w.o.status ?? {};
      return [w.s, w.op, w.o.metadata.generation, (s.active ?? []).map((a) => a.name).join(','), 'active' in s && s.active !== undefined, s.lastScheduleTime ?? null, s.lastSuccessfulTime ?? null];
    };
    h.eq(ws.map(row), [
      [0, 'ADDED', 1, '', false, null, null],
      [60, 'MODIFIED', 1, 'cj-29453761', true, '2026-01-01T00:01:00Z', null],
      [71, 'MODIFIED', 1, '', false, '2026-01-01T00:01:00Z', '2026-01-01T00:01:11Z'],
    ], 'CronJob writes [s, op, generation, active names, active present, lastScheduleTime, lastSuccessfulTime]');
    h.eq(h.job('cj-29453761').status.completionTime, '2026-01-01T00:01:11Z', 'Job completionTime');
  },
};
