// Replace and the run's last instant in a sweep (--within 30m, 1h run). edge: a pod of 3599s, Complete at
// exactly 3600s = the end: counted complete (duration 3600), a miss. The Replace CronJob every 20m with
// 25m Jobs: 00:20's Job is deleted at 00:40 before it finished (a miss, unfinished), 00:40's runs at the
// end with its window to 01:10 (undecided). created 3, complete 1, unfinished 2, within 0, undecided 1:
// share 0/2. CPU: 1000m from 1200s on (the replaced pod ends as the new one binds): mean 667m.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function sweep(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'sweep2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, json: () => JSON.parse(p.stdout) };
}
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rp}
spec:
  duration: 1h
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: r}
spec:
  schedule: "*/20 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: edge}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "3599s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`;
export default {
  id: 'sweep2/replace-and-last-instant',
  source: 'README sweep (a Job deleted before it finished is a miss; undecided); pkg/controller/cronjob/cronjob_controllerv2.go (Replace deletes the active Job)',
  scenario,
  check(r, h) {
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.durationSeconds.max, r.metrics.jobs.lastFinishedAt], [1, 3600, 3600], 'edge counted');
    h.eq(r.metrics.pools.p.series.cpuRequestedMilli, [[0, 0], [1200, 1000]], 'cpu');
    h.eq(r.metrics.cronJobs, {}, 'no CronJob run finished');
    const s = sweep(scenario, ['--pool', 'p=1', '--seeds', '1', '--within', '30m', '-o', 'json']).json();
    h.eq(s.rows[0].runs[0].jobs, { created: 3, complete: 1, failed: 0, unfinished: 2, withinSlo: 0, undetermined: 1, missed: 0 }, 'jobs');
    h.eq([s.rows[0].summary.withinSloShare, s.rows[0].summary.cpuUtilizationMean], [0, 0.1667], 'share and cpu');
  },
};
