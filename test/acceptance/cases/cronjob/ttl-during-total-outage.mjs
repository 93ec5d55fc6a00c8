// With every controller down (controllerDown: all), a Job whose TTL expired during the outage is deleted as soon as
// the TTL controller is back (its relist finds it expired).
export default {
  id: 'cronjob/ttl-during-total-outage',
  source: 'reference cronjob-and-friends §4 (remaining <= 0: delete at once); CONTRACT §2 controllerDown all',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 10m
  faults:
  - { at: 30s, controllerDown: all, for: 3m }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: t
spec:
  ttlSecondsAfterFinished: 20
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.job('t');
    h.near(h.sec(h.cond(t, 'Complete').lastTransitionTime), 11, 1, 'completed before the outage');
    h.eq(h.sec(t.metadata.deletionTimestamp), 210, 'deleted when the controllers come back at 3m30s');
  },
};
