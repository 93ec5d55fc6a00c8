// Service level bookkeeping of one run, by hand (README sweep: "a Job deleted before it finished is a
// miss, a Job still running at the end whose window reaches past the end of the run is undecided and left
// out"). 30m run, --within 5m: fast (10s, Complete at 11s: met), slow (20m: Complete at 1201s, missed),
// running (1h, still running; its window ended at 5m: decided, missed), fail (exit 1, backoffLimit 0:
// Failed, missed), late (created at 28m, window to 33m: undecided). Share 1/4 = 0.25. Durations pooled:
// [11, 11, 1201] -> p50 11, p95 1201. CPU (8 cores): 4000m [0,10), 2000m to 1200, 1000m to 1680, 2000m to
// 1800 -> 3140000/1800 = 1744.4m, 0.2181; peak 4000m = 0.5.
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
metadata: {name: e1}
spec:
  duration: 30m
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "8", memory: 8Gi, pods: 110}
  timeline:
    - at: 28m
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: late}
        spec:
          template:
            metadata: {annotations: {jobsim/duration: "1h"}}
            spec:
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: fast}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: running}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: fail}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/slo-undecided-missed-failed',
  source: 'README "jobsim sweep" (share within the service level; undecided Jobs; deleted = miss)',
  scenario,
  check(r, h) {
    h.eq(r.metrics.pools.p.series.cpuRequestedMilli, [[0, 4000], [10, 2000], [1200, 1000], [1680, 2000]], 'run: cpu series');
    const p = sweep(scenario, ['--pool', 'p=1', '--seeds', '1', '--within', '5m', '-o', 'json']);
    h.eq(p.status, 0, `exit (${p.stderr})`);
    const s = p.json();
    const row = s.rows[0];
    h.eq(row.runs[0].jobs, { created: 5, complete: 2, failed: 1, unfinished: 2, withinSlo: 1, undetermined: 1, missed: 0 }, 'jobs');
    h.eq([row.summary.withinSloShare, row.summary.withinSloWorstSeedShare, row.summary.meetsTarget, row.summary.undetermined], [0.25, 0.25, false, 1], 'share');
    h.eq(row.summary.jobDurationSeconds, { p50: 11, p95: 1201, max: 1201 }, 'pooled durations');
    h.eq([row.runs[0].cpuUtilization, row.runs[0].pools.p.cpuPeakUtilization], [0.2181, 0.5], 'cpu');
    h.eq(s.spec.target, 0.95, 'default target with --within');
    h.eq(s.smallest, null, 'no size meets 95%');
  },
};
