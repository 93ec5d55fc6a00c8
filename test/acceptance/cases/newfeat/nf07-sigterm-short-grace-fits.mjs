// terminationGracePeriodSeconds 5, a 3s shutdown: 143 three seconds after the eviction.
export default {
  id: 'newfeat/nf07-sigterm-short-grace-fits',
  source: 'kuberuntime_container.go killContainer (gracePeriod from pod.DeletionGracePeriodSeconds)',
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
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: 3s}}
    spec:
      terminationGracePeriodSeconds: 5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.get('Pod', 'r-bn7wn').status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 33], '143 after 3s');
  },
};
