// The kubelet's own admission (a pod created with spec.nodeName) uses the same effective requests:
// main 800m + sidecar 400m = 1200m on a 1-cpu node is rejected OutOfcpu, "requested: 1200".
export default {
  id: 'sidecars/kubelet-admission-outofcpu',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter -> noderesources.Fits (computePodResourceRequest -> resourcehelper.PodRequests); pkg/kubelet/kubelet.go rejectPod ("Pod was rejected: " + message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 400m } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 800m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const msg = "Node didn't have enough resource: cpu, requested: 1200, used: 0, capacity: 1000";
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfcpu', 'Pod was rejected: ' + msg], 'status');
    h.eq(h.events({ name: p.metadata.name }).map((e) => [e.type, e.reason, e.message]), [['Warning', 'OutOfcpu', msg]], 'events');
  },
};
