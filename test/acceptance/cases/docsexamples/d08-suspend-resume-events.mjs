// Job concept page, "Suspending a Job": `kubectl describe jobs/myjob` after suspend and resume shows, in this order,
// SuccessfulCreate, SuccessfulDelete, Suspended "Job suspended", SuccessfulCreate, Resumed "Job resumed"; the Suspended
// condition then has status False (reason JobResumed); startTime is reset to the resume time; the pod removed by the
// suspension does not count as failed.
export default {
  id: 'docsexamples/d08-suspend-resume-events',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#suspending-a-job; job_controller.go syncJob (manageJob before the Suspended/Resumed condition and event; startTime reset on resume); reference job §8',
  args: ['--duration', '13m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: suspend
spec:
  timeline:
  - { at: 1m, patch: { kind: Job, name: myjob, spec: { suspend: true } } }
  - { at: 12m, patch: { kind: Job, name: myjob, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  suspend: false
  parallelism: 1
  completions: 5
  template:
    metadata:
      annotations:
        jobsim/duration: "5m"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('myjob');
    h.eq(pods.length, 2, 'two pods');
    h.eq(h.events({ kind: 'Job', name: 'myjob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'SuccessfulCreate', `Created pod: ${pods[0].metadata.name}`],
      [60, 'SuccessfulDelete', `Deleted pod: ${pods[0].metadata.name}`],
      [60, 'Suspended', 'Job suspended'],
      [720, 'SuccessfulCreate', `Created pod: ${pods[1].metadata.name}`],
      [720, 'Resumed', 'Job resumed']], 'describe events');
    const job = h.job('myjob');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]), [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 720, 720]], 'conditions');
    h.eq([h.sec(job.status.startTime), job.status.active, job.status.failed, job.status.succeeded], [720, 1, undefined, undefined], 'status');
  },
};
