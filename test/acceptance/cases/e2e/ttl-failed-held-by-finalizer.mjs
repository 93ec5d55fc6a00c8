// e2e ttl_after_finished.go "job should be deleted once it finishes after TTL seconds", failing branch of
// randomlySucceedOrFail, with the e2e's dummy finalizer: the Job fails (BackoffLimitExceeded, 3 pods) at 33s; the TTL
// controller deletes it (Foreground) at Failed + 10s = 43s; the dummy finalizer keeps it (waitForJobDeleting sees the
// deletionTimestamp), its pods are deleted by the garbage collector.
export default {
  id: 'e2e/ttl-failed-held-by-finalizer',
  source: 'test/e2e/apps/ttl_after_finished.go testFinishedJob (dummyFinalizer, waitForJobDeleting, deletionTimestamp >= finishTime + ttl where finishTime is the Complete or Failed condition); ttlafterfinished_controller.go processJob; reference cronjob-and-friends §4',
  args: ['--duration', '100s'],
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
    const failed = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(failed.lastTransitionTime), h.sec(job.metadata.deletionTimestamp)], [33, 43], 'Failed at 33s, deleted 10s later');
    h.eq(job.metadata.finalizers, ['k8s.io/dummy-finalizer'], 'held by the dummy finalizer only (foregroundDeletion removed once the pods are gone)');
    h.eq(h.podsOf('rand-non-local').map((p) => h.sec(p.metadata.deletionTimestamp)), [43, 43, 43], 'pods deleted by the foreground cascade');
  },
};
