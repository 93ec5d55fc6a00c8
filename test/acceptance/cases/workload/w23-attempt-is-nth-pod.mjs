// CONTRACT §2: "An attempt is the n-th pod of a NonIndexed Job". A pod that was created and deleted
// before its container ran (the Job suspended at 10s during a 30s image pull, resumed at 20s) is still
// the Job's 1st pod, so the pod created at the resume is the 2nd and exits with the 2nd code (2), the
// next the 3rd (0).
export default {
  id: 'workload/attempt-is-nth-pod',
  source: 'CONTRACT.md §2 ("An attempt is the n-th pod of a NonIndexed Job, the n-th pod of one index of an Indexed Job, and each container restart under restartPolicy: OnFailure")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: att}
spec:
  latencies: {imagePull: 30s}
  timeline:
  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 5
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,2,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 65], 'pods created');
    h.eq(pods[0].status.containerStatuses[0].state.terminated.reason, 'ContainerStatusUnknown', 'first pod never ran');
    h.eq(pods.slice(1).map((p) => p.status.containerStatuses[0].state.terminated.exitCode), [2, 0], '2nd and 3rd pods: codes 2 and 0');
  },
};
