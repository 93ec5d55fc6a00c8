// The OnFailure restart sum only covers pods that are still Pending/Running: backoffLimit 2, the first pod
// restarts once (at 10s) and is deleted by a suspension at 25.5s; after the resume at 30.5s the new pod starts
// from restartCount 0 (restarts at 40s and 60s), so the limit trips at 61s, not at the new pod's first restart.
export default {
  id: 'interplay/onfailure-restarts-reset-by-suspend',
  source: 'job_controller.go pastBackoffLimitOnFailure (only pods in phase Running or Pending; restartCount sum >= backoffLimit), manageJob suspend (deleteJobPods, not failures); reference §3.5, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip14}
spec:
  timeline:
    - { at: 25500ms, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 30500ms, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [a, b, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq([h.sec(a.metadata.creationTimestamp), a.status.containerStatuses[0].restartCount, h.sec(a.metadata.deletionTimestamp)], [0, 1, 55], 'first pod [created, restarts, deletionTimestamp]');
    h.eq(h.events({ kind: 'Pod', name: b.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [30, 40, 60], 'second pod container starts');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 30],
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 61],
      ['Failed', 'True', 'BackoffLimitExceeded', 62],
    ], 'conditions');
    h.eq(job.status.failed, 1, 'failed: only the pod killed at the limit');
  },
};
