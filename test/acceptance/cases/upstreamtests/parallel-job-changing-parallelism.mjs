// Integration TestParallelJobChangingParallelism: a work-queue Job with parallelism 5 and backoffLimit 2; reducing
// parallelism to 2 deletes 3 pods, a number greater than backoffLimit, without failing the Job (scale-down deletions
// are not failures); raising it to 4 creates 2 pods; when they all succeed the Job is Complete with succeeded 4.
export default {
  id: 'upstreamtests/parallel-job-changing-parallelism',
  source: 'test/integration/job/job_test.go TestParallelJobChangingParallelism ("Reduce parallelism by a number greater than backoffLimit"; Active 2, then 4; Succeeded 4); job_controller.go manageJob (deleteJobPods removes the tracking finalizer first)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: par, spec: {parallelism: 2}}}
  - {at: 20s, patch: {kind: Job, name: par, spec: {parallelism: 4}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: par}
spec:
  backoffLimit: 2
  parallelism: 5
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('par');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [4, 0], 'succeeded 4, failed 0');
    h.eq(h.events({ kind: 'Job', name: 'par' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]).filter(([r]) => r !== 'Completed'), [
      ...Array(5).fill(['SuccessfulCreate', 0]), ...Array(3).fill(['SuccessfulDelete', 10]), ...Array(2).fill(['SuccessfulCreate', 20])], 'creates and deletes');
    h.eq(h.sec(job.status.completionTime), 121, 'complete when the last two pods succeed');
  },
};
