// The kubelet's admission counts the running pods by their pod-level requests: with a pod of pod-level cpu 3 (container
// 100m) running on a 4-cpu node, a 2-cpu pod created bound there at 1m is rejected OutOfcpu with used: 3000.
export default {
  id: 'podlevel/kubelet-admission-used-counts-pod-level',
  source: 'pkg/kubelet/lifecycle/predicate.go canAdmitPod/generalFilter -> noderesources.Fits (NodeInfo built from the admitted pods, resourcehelper.PodRequests with pod-level requests); message "Node didn\'t have enough resource: %s, requested: %d, used: %d, capacity: %d"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: k}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: bound}
      spec:
        backoffLimit: 0
        template:
          spec:
            nodeName: a-1
            containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      resources: {requests: {cpu: "3"}}
      containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('bound')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfcpu', "Pod was rejected: Node didn't have enough resource: cpu, requested: 2000, used: 3000, capacity: 4000"], 'rejected pod status');
    h.eq(h.podsOf('big')[0].status.phase, 'Running', 'the pod-level pod keeps running');
  },
};
