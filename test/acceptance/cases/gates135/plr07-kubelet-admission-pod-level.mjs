// PodLevelResources: the kubelet's admission (the same NodeResourcesFit predicate) counts pod-level requests: a pod
// created with spec.nodeName asking 6 cpu at pod level is rejected on a 4-cpu node (OutOfcpu).
export default {
  id: 'gates135/plr07-kubelet-admission-pod-level',
  source: 'pkg/kubelet/lifecycle/predicate.go generalFilter -> noderesources.Fits (resource.PodRequests with pod-level requests); PodLevelResources 1.34 Beta on',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: k}
spec:
  cluster:
    nodePools:
    - name: a
      count: 1
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: k}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: a-1
      resources: {requests: {cpu: "6"}}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('k')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfcpu', "Pod was rejected: Node didn't have enough resource: cpu, requested: 6000, used: 0, capacity: 4000"], 'rejected pod status');
    h.hasCond(h.job('k'), 'Failed', 'BackoffLimitExceeded');
  },
};
