// A pod created bound (spec.nodeName) to a node that does not offer nvidia.com/gpu at all: the kubelet's admission
// drops the requests of extended resources missing from the node's allocatable before the fit check (the code's own
// "Caveat: ... kubelet will not fail admission while it should"), and the device manager skips resources no device
// plugin registered. So the pod is admitted and runs (Pulled/Created/Started, Succeeded at +10s). (jobsim once
// rejected it with OutOfnvidia.com/gpu "capacity: 0".)
export default {
  id: 'kubeevents/missing-extended-resource-admitted',
  source: 'pkg/kubelet/lifecycle/predicate.go Admit -> removeMissingExtendedResources (IsExtendedResourceName && not in nodeInfo.Allocatable.ScalarResources -> request dropped) before generalFilter; cm/devicemanager manager.go allocateContainerResources (!isDevicePluginResource -> continue)',
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
metadata: { name: gpu }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: cuda:12, resources: { limits: { nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('gpu')[0];
    h.eq(h.events({ name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'Pulled'], [0, 'Created'], [0, 'Started']], 'pod events');
    h.eq([p.status.phase, p.status.reason], ['Succeeded', undefined], 'pod ran');
    h.hasCond(h.job('gpu'), 'Complete');
  },
};
