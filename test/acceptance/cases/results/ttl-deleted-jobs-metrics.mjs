// Metrics of Jobs deleted during the run (TTL-after-finished) are kept: a Job that completes at 4s
// with ttlSecondsAfterFinished 0 and one created at 30s that fails at 38s (deleted at 43s) both count in
// jobs.complete / jobs.failed / failedReasons / durationSeconds (4 and 8: from each Job's creation) and
// lastFinishedAt (38); their pods count in pods.succeeded / pods.failed; items keep both Jobs and their
// pods with deletionTimestamp; counts include them. -o summary reports the same metrics.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        ttlSecondsAfterFinished: 5
        backoffLimit: 0
        template:
          metadata: {annotations: {jobsim/duration: "7s", jobsim/exit-codes: "2"}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: quick}
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: "3s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'results/ttl-deleted-jobs-metrics',
  source: 'README metrics table (jobs.*, pods.*); CONTRACT.md §3 (items: every object that existed at any time; counts); pkg/controller/ttlafterfinished (deletion ttl after the finish condition)',
  scenario,
  check(r, h) {
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed, m.jobs.failedReasons], [1, 1, { BackoffLimitExceeded: 1 }], 'jobs');
    h.eq(m.jobs.durationSeconds, { p50: 4, p95: 8, p99: 8, max: 8 }, 'durations from creation');
    h.eq(m.jobs.lastFinishedAt, 38, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [1, 1], 'pods');
    h.eq([h.sec(h.job('quick').metadata.deletionTimestamp), h.sec(h.job('late').metadata.deletionTimestamp)], [4, 43], 'Jobs deleted by TTL');
    h.eq(h.podsOf('late').map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [['Failed', 43]], 'pod of late');
    h.eq([r.counts.Job, r.counts.Pod], [2, 2], 'counts');
    const dir = mkdtempSync(join(tmpdir(), 'ttlm-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'summary exit');
    h.eq(JSON.parse(p.stdout).metrics, m, 'summary metrics = json metrics');
  },
};
