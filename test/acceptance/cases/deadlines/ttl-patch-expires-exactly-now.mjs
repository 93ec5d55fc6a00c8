// timeLeft <= 0 is expired: a Job Complete at 11s whose ttlSecondsAfterFinished is patched at 41s to 30 expires exactly at the
// patch (11 + 30 = 41): the update handler enqueues it and it is deleted (foreground) at 41s. Patched to 31 instead (job b), the
// remaining second is waited for: deleted at 42s.
export default {
  id: 'deadlines/ttl-patch-expires-exactly-now',
  source: 'pkg/controller/ttlafterfinished/ttlafterfinished_controller.go updateJob (needsCleanup -> enqueue), processTTL/timeLeft ("if remaining <= 0 ... expired"), AddAfter(remaining); reference cronjob-and-friends §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - {at: 41s, patch: {kind: Job, name: a, spec: {ttlSecondsAfterFinished: 30}}}
    - {at: 41s, patch: {kind: Job, name: b, spec: {ttlSecondsAfterFinished: 31}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.cond(h.job('a'), 'Complete').lastTransitionTime), 11, 'a Complete');
    h.eq(h.sec(h.job('a').metadata.deletionTimestamp), 41, 'a deleted at the patch');
    h.eq(h.sec(h.job('b').metadata.deletionTimestamp), 42, 'b deleted one second later');
    h.eq(h.job('b').metadata.generation, 3, 'b generation (patch, then the foreground DELETE)');
  },
};
