// NodeResourcesFit counts hugepages as scalar resources: a pod asking hugepages-2Mi cannot fit a node
// whose allocatable has none (jobsim's nodes list only cpu, memory, pods): "Insufficient hugepages-2Mi".
export default {
  id: 'quantities/hugepages-unschedulable-without-capacity',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (for rName, rQuant := range podRequest.ScalarResources ... "Insufficient " + rName); v1helper.IsScalarResourceName (hugepages)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q}
spec:
  duration: 1m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: 1Gi, hugepages-2Mi: 4Mi}, limits: {memory: 1Gi, hugepages-2Mi: 4Mi}}}
`,
  check(r, h) {
    const pod = h.podsOf('q')[0];
    h.eq(pod.spec.nodeName, undefined, 'not bound');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => e.message)[0], '0/1 nodes are available: 1 Insufficient hugepages-2Mi. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'message');
  },
};
