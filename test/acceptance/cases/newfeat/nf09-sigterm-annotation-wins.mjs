// The annotation wins over the behaviour: a behaviour says ignore, jobsim/on-sigterm says exit: 143 at once.
export default {
  id: 'newfeat/nf09-sigterm-annotation-wins',
  source: 'README (pod template annotations win over behaviors); kuberuntime_container.go killContainer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: w}}
    duration: 5m
    onSigterm: ignore
  faults:
  - {at: 30s, evictPod: default/r-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {labels: {app: w}, annotations: {jobsim/on-sigterm: exit}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const t = h.get('Pod', 'r-bn7wn').status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 30], 'exits at once');
    h.eq(h.sec(h.podsOf('r')[1].metadata.creationTimestamp), 40, 'replacement after the 10s back-off');
  },
};
