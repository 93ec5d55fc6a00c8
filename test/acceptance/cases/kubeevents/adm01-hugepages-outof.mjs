// hugepages-2Mi is not an extended resource (no domain), so the kubelet keeps its request and checks it against the
// node's allocatable (0 on a node without huge pages): Warning OutOfhugepages-2Mi "Node didn't have enough resource:
// hugepages-2Mi, requested: 4194304, used: 0, capacity: 0" (bytes), pod Failed "Pod was rejected: ...".
export default {
  id: 'kubeevents/adm01-hugepages-outof',
  source: 'pkg/kubelet/lifecycle/predicate.go Admit (InsufficientResourceError default case: "OutOf"+ResourceName; Error() "Node didn\'t have enough resource: %s, requested: %d, used: %d, capacity: %d"); removeMissingExtendedResources (IsExtendedResourceName false for hugepages-*); noderesources fitsRequest (ScalarResources)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hp }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { limits: { hugepages-2Mi: 4Mi, memory: 100Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('hp')[0];
    const msg = "Node didn't have enough resource: hugepages-2Mi, requested: 4194304, used: 0, capacity: 0";
    h.eq(h.events({ name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message, e.source.component]),
      [[0, 'Warning', 'OutOfhugepages-2Mi', msg, 'kubelet']], 'pod events');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfhugepages-2Mi', `Pod was rejected: ${msg}`], 'pod status');
  },
};
