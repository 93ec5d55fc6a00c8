// A Job whose spec.managedBy names another controller: the built-in Job controller leaves it alone (no pod, no status),
// nothing marks it finished, so ttlSecondsAfterFinished 0 never applies.
export default {
  id: 'ttl2/managedby-external-never-finished',
  source: 'job_controller.go (JobManagedBy: skip Jobs managed by another controller); ttlafterfinished_controller.go needsCleanup (IsJobFinished)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: ext}
spec:
  managedBy: example.com/other
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('ext');
    h.eq([j.metadata.deletionTimestamp, j.metadata.generation, j.status.conditions ?? []], [undefined, 1, []], 'untouched');
    h.eq(h.of('Pod').length, 0, 'no pod');
  },
};
