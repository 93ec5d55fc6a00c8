// A Job deleted while its pod runs (background propagation): the garbage collector deletes the pod, whose
// preStop sleep of 15s keeps the container running until 45s.
export default {
  id: 'gates135/sl06-prestop-sleep-job-deleted',
  source: 'kuberuntime_container.go killContainer (preStop hook before StopContainer); PodLifecycleSleepAction 1.34 GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 30s, delete: {kind: Job, name: del}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: del}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers:
      - name: c
        image: busybox
        lifecycle:
          preStop:
            sleep: {seconds: 15}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.of('Pod').find((x) => x.metadata.name.startsWith('del-'));
    h.assert(p, 'pod in items');
    h.eq(p.metadata.deletionTimestamp, '2026-01-01T00:01:00Z', 'deletionTimestamp (30s + grace 30)');
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 45, 'finishedAt (30s + 15s sleep)');
  },
};
