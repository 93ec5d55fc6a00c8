// Integration TestElasticIndexedJob "scale down to 0, verify that the job succeeds": completions and parallelism 3 -> 0.
// The running pods are deleted (not counted as failed) and the Job completes with succeeded 0 once they are gone.
export default {
  id: 'upstreamtests/elastic-scale-down-to-zero',
  source: 'test/integration/job/job_test.go TestElasticIndexedJob "scale down to 0, verify that the job succeeds" (completions 0, wantTerminating 0, Job complete); job_controller.go manageJob, syncJob complete (succeeded >= completions && active == 0), enactJobFinished waits for terminating == 0',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: z}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: el, spec: {completions: 0, parallelism: 0}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('el');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.noCond(job, 'Failed');
    h.eq([job.status.succeeded ?? 0, job.status.failed ?? 0, job.status.active ?? 0, job.status.terminating, job.status.completedIndexes ?? ''], [0, 0, 0, 0, ''], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [20, 20, 20], 'three pods deleted at the scale-down');
    const c = h.cond(job, 'SuccessCriteriaMet');
    h.eq([c.reason, h.sec(c.lastTransitionTime)], ['CompletionsReached', 20], 'SuccessCriteriaMet at the scale-down sync');
  },
};
