// A pod being gracefully deleted still counts on its node until it is gone: old's pod (3 cpu / 2Gi) ignores
// SIGTERM and holds a-1 until 35s, so at 10s a-1 (5 cpu, 10Gi) scores (20+60)/2 = 40 + balanced 80 = 120 and
// new's pod goes to b-1 (4 cpu, 8Gi: 175). Released at its deletion, a-1 would score 180.
export default {
  id: 'scorefit/terminating-pod-still-scored',
  source: 'scheduler/eventhandlers.go updatePodInCache (an assigned pod with a deletionTimestamp stays in the cache until deleted or terminal); framework/types.go NodeInfo.Requested/NonZeroRequested; least_allocated.go; balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "5", memory: 10Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, delete: { kind: Job, name: old } }
  - { at: 10s, patch: { kind: Job, name: new, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: old }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "3", memory: 2Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: new }
spec:
  suspend: true
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const old = h.of('Pod').find((p) => p.metadata.name.startsWith('old-'));
    h.eq(old.spec.nodeName, 'a-1', 'old pod on a-1');
    h.eq(h.sec(old.status.containerStatuses[0].state.terminated.finishedAt), 35, 'old pod ended at 35s');
    const p = h.podsOf('new')[0];
    h.eq(h.sec(p.metadata.creationTimestamp), 10, 'new pod created at 10s');
    h.eq(p.spec.nodeName, 'b-1', 'new pod');
  },
};
