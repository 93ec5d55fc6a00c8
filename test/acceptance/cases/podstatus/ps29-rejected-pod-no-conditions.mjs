// A pod created bound to a node too small is rejected by the kubelet's admission: rejectPod's status carries only
// phase, reason, message and qosClass (startTime stamped by the status manager); mergePodStatus drops nothing it
// does not own, and the pod had no conditions: no conditions and no containerStatuses.
export default {
  id: 'podstatus/rejected-pod-no-conditions',
  source: 'pkg/kubelet/kubelet.go rejectPod (SetPodStatus(v1.PodStatus{QOSClass, Phase: Failed, Reason, Message})); pkg/kubelet/status/status_manager.go updateStatusInternal, mergePodStatus',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: rj }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('rj')[0];
    h.eq([p.status.phase, p.status.reason], ['Failed', 'OutOfcpu'], '[phase, reason]');
    h.eq([p.status.conditions ?? null, p.status.containerStatuses ?? null], [null, null], '[conditions, containerStatuses]');
  },
};
