// Two pods created bound (spec.nodeName) to a node that allows 1 pod: the kubelet admits the first and rejects the
// second in its own admission (noderesources fitsRequest: len(pods)+1 > allowed): Warning event OutOfpods
// "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1", the pod Failed with reason
// OutOfpods and message "Pod was rejected: " + that, startTime stamped, no conditions and no container statuses.
export default {
  id: 'kubestatus/kubelet-admission-outofpods',
  source: 'pkg/kubelet/lifecycle/predicate.go Admit (InsufficientResourceError -> reason "OutOf"+resource, message Error()); pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (pods: Requested 1, Used len(nodeInfo.Pods), Capacity allowedPodNumber); kubelet.go rejectPod ("Pod was rejected: "+message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 5s
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 1 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'two pods');
    const running = pods.filter((p) => p.status.phase === 'Running');
    const rejected = pods.filter((p) => p.status.phase === 'Failed');
    h.eq([running.length, rejected.length], [1, 1], '[running, rejected]');
    const msg = "Node didn't have enough resource: pods, requested: 1, used: 1, capacity: 1";
    const p = rejected[0];
    h.eq([p.status.reason, p.status.message, h.sec(p.status.startTime), p.status.conditions, p.status.containerStatuses], ['OutOfpods', `Pod was rejected: ${msg}`, 0, undefined, undefined], 'rejected pod status');
    h.eq(h.events({ name: p.metadata.name }).map((e) => [e.type, e.reason, e.message, e.source.component]), [['Warning', 'OutOfpods', msg, 'kubelet']], 'rejection event');
  },
};
