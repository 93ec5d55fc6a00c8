// Raising backoffLimit before the restart sum reaches it moves the trip point: backoffLimit 2 patched to 5 at 25s
// (restartCount 1 then). Restarts at 10, 30, 60, 110, 200s (back-off 0, 10, 20, 40, 80s): the sum reaches 5 at 200s,
// FailureTarget at 201s, Failed 202s. Nothing happens at 31s, when the old limit would have tripped.
export default {
  id: 'onfailure/patch-backofflimit-up',
  source: 'job_controller.go pastBackoffLimitOnFailure reads the current spec.backoffLimit at each sync; kubelet doBackOff (10s doubling); reference job §1.3, §3.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pu}
spec:
  timeline:
  - {at: 25s, patch: {kind: Job, name: j, spec: {backoffLimit: 5}}}
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
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 201], ['Failed', 'BackoffLimitExceeded', 202]], 'conditions');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110, 200], 'container starts');
    h.eq(p.status.containerStatuses[0].restartCount, 5, 'restartCount');
  },
};
