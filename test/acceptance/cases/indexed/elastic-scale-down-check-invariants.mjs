// Scaling an Indexed Job down (completions and parallelism 4 -> 2, as ElasticIndexedJob allows) is a legitimate
// update: right after the write, status.active still reports the 4 running pods until the controller's sync deletes
// the surplus ones. `jobsim run --check` must not report that instant as a violation of job-active-le-parallelism
// (the Job's own write, not a controller decision), so the run exits 0 with the usual result.
export default {
  id: 'indexed/elastic-scale-down-check-invariants',
  source: 'pkg/apis/batch/validation ValidateJobSpecUpdate (Indexed completions mutable with parallelism, ElasticIndexedJob); job_controller.go manageJob (surplus pods of indexes >= completions removed at the next sync); README "Invariants" / `jobsim run --check`; reference §1.3, §2.6 step 3',
  args: ['--check'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: elc}
spec:
  timeline:
    - {at: 30s, patch: {kind: Job, name: elc, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: elc}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    metadata: {annotations: {jobsim/duration: "100s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('elc');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0], ['0,1', 2, 0], '[completedIndexes, succeeded, failed]');
    h.eq(h.events({ kind: 'Job', name: 'elc', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [30, 30], 'surplus pods deleted at the patch');
  },
};
