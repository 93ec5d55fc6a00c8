// e2e ttl_after_finished.go cleanupJob: removing the dummy finalizer (here at 2m) lets the deleted Job go; the run
// then ends quiet with the Job's last state carrying no finalizer and its deletionTimestamp of 43s.
export default {
  id: 'e2e/ttl-finalizer-removed',
  source: 'test/e2e/apps/ttl_after_finished.go cleanupJob (remove dummyFinalizer, WaitForJobGone, WaitForAllJobPodsGone); apiserver finalizers; reference cronjob-and-friends §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 2m, patch: {kind: Job, name: rand-non-local, metadata: {finalizers: null}}}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: rand-non-local
  finalizers: [k8s.io/dummy-finalizer]
spec:
  ttlSecondsAfterFinished: 10
  parallelism: 1
  completions: 1
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: 1s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('rand-non-local');
    h.eq([h.sec(job.metadata.deletionTimestamp), job.metadata.finalizers ?? []], [43, []], 'deleted, no finalizer left');
    h.eq(r.spec.endedBy, 'quiet', 'nothing left to do');
    h.eq(h.events({ kind: 'Job' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate', 'BackoffLimitExceeded'], 'job events (the TTL controller emits none)');
  },
};
