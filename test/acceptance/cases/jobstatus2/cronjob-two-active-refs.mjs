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

// Allow with Jobs longer than the period: the second Job's ref is appended after the first (creation order); when the
// first completes, only its ref is removed and lastSuccessfulTime is its completionTime.
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
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90s"}}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`;
export default {
  id: 'jobstatus2/cronjob-two-active-refs',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (cronJob.Status.Active = append(..., *jobRef)); utils.go deleteFromActiveList',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'CronJob', 'cj').filter((w) => w.op === 'MODIFIED');
    h.eq(ws.map((w) => [w.s, (w.o.status.active ?? []).map((a) => a.name), w.o.status.lastScheduleTime, w.o.status.lastSuccessfulTime ?? null]), [
      [60, ['cj-29453761'], '2026-01-01T00:01:00Z', null],
      [120, ['cj-29453761', 'cj-29453762'], '2026-01-01T00:02:00Z', null],
      [151, ['cj-29453762'], '2026-01-01T00:02:00Z', '2026-01-01T00:02:31Z'],
    ], 'CronJob status writes');
  },
};
