// A container that shuts down in 5s on SIGTERM (onSigterm: 5s in a behaviour): deleting its Job
// (background propagation) leaves the pod Terminating for 5s; it exits 143.
export default {
  id: 'sigterm/sg05-shutdown-takes-5s',
  source: 'kuberuntime_container.go killContainer; garbage collector background deletion of the pods of the Job',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: w}}
    duration: 1h
    onSigterm: 5s
  timeline:
  - {at: 2m, delete: {kind: Job, name: w}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: w}
spec:
  template:
    metadata: {labels: {app: w}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('w')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 150, 'deletionTimestamp: request + 30s grace');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 125], 'exits 5s after SIGTERM');
  },
};
