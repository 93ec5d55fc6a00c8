// controllerDown: job stops only the Job controller. A Job already Complete (11s) with ttlSecondsAfterFinished 30 is
// deleted by the TTL-after-finished controller on time (41s) during the Job controller's outage (20s-2m20s), and the
// garbage collector collects its Succeeded pod at once.
export default {
  id: 'deletion2/cdjob-ttl-not-stopped',
  source: 'ttlafterfinished_controller.go (a controller of its own, not the Job controller); CONTRACT §2 faults controllerDown (cronjob | job | all)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  faults:
  - {at: 20s, controllerDown: job, for: 2m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 30
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('t');
    h.eq(h.sec(j.metadata.deletionTimestamp), 41, 'deleted at Complete + 30s');
    h.eq(h.sec(h.podsOf('t')[0].metadata.deletionTimestamp), 41, 'pod collected');
  },
};
