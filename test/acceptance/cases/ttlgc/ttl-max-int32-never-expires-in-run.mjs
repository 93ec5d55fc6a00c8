// ttlSecondsAfterFinished accepts any int32 >= 0: 2147483647 (about 68 years) is valid. The Job completes at 11s and
// is still there at the end of a 2-day run (expireAt = 11s + 2^31-1 s is far away), with no deletion.
export default {
  id: 'ttlgc/ttl-max-int32-never-expires-in-run',
  source: 'pkg/apis/batch/validation ValidateJobSpec (ttlSecondsAfterFinished >= 0, int32); ttlafterfinished_controller.go timeLeft (AddAfter remaining)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2d
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec:
  ttlSecondsAfterFinished: 2147483647
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('long');
    h.eq(j.spec.ttlSecondsAfterFinished, 2147483647, 'kept');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete');
    h.eq(j.metadata.deletionTimestamp, undefined, 'not deleted');
    h.eq(r.spec.end, '2026-01-03T00:00:00Z', 'run to its duration');
  },
};
