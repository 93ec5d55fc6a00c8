// onSigterm "0s" is the same as exit: 143 at the deletion.
export default {
  id: 'newfeat/nf24-sigterm-zero-duration-is-exit',
  source: 'README onSigterm (a duration; exit = at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: 0s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.get('Pod', 'r-bn7wn').status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 30], '143 at once');
  },
};
