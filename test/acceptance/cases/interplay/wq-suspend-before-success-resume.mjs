// A work-queue Job suspended before any success (at 5s) and resumed at 8s: the three deleted pods are not failures
// and, with succeeded still 0, wantActive is parallelism again: three new pods at 8s, startTime 8s, Complete at 19s
// with succeeded 3, failed 0.
export default {
  id: 'interplay/wq-suspend-before-success-resume',
  source: 'job_controller.go manageJob (completions nil: wantActive = parallelism while succeeded == 0; suspend deleteJobPods), syncJob resume; reference §2.6 step 2, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip26}
spec:
  timeline:
    - { at: 5s, patch: { kind: Job, name: wq, spec: { suspend: true } } }
    - { at: 8s, patch: { kind: Job, name: wq, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('wq').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]),
      [[0, 'Failed'], [0, 'Failed'], [0, 'Failed'], [8, 'Succeeded'], [8, 'Succeeded'], [8, 'Succeeded']], 'pods');
    const job = h.job('wq');
    h.eq([job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.startTime), h.sec(job.status.completionTime)], [3, 0, 8, 19], '[succeeded, failed, startTime, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 'wq' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulCreate', 0],
      ['SuccessfulDelete', 5], ['SuccessfulDelete', 5], ['SuccessfulDelete', 5], ['Suspended', 5],
      ['SuccessfulCreate', 8], ['SuccessfulCreate', 8], ['SuccessfulCreate', 8], ['Resumed', 8], ['Completed', 19],
    ], 'Job events');
  },
};
