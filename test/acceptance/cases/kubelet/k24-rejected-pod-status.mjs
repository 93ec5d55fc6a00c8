// A Job pod template with spec.nodeName on a node too small: the kubelet's admission rejects it:
// Warning OutOfcpu "Node didn't have enough resource: cpu, requested: 2000, used: 0, capacity: 1000",
// phase Failed, reason OutOfcpu, message "Pod was rejected: ..."; SetPodStatus gives the status a
// startTime (updateStatusInternal sets one when none) and keeps qosClass; no containers ran.
export default {
  id: 'kubelet/rejected-pod-status',
  source: 'pkg/kubelet/kubelet.go rejectPod (event reason/message; SetPodStatus{QOSClass, Phase Failed, Reason, Message "Pod was rejected: "+message}); lifecycle/predicate.go (InsufficientResourceError, OutOf<resource>); status_manager.go updateStatusInternal (StartTime set if zero)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('big')[0];
    const msg = "Node didn't have enough resource: cpu, requested: 2000, used: 0, capacity: 1000";
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'OutOfcpu', 'Pod was rejected: ' + msg], 'status');
    h.eq(h.events({ name: p.metadata.name }).map((e) => [e.type, e.reason, e.message, e.source.component]), [['Warning', 'OutOfcpu', msg, 'kubelet']], 'events');
    h.eq(h.sec(p.status.startTime), 0, 'startTime set by the status manager');
    h.eq(p.status.qosClass, 'Burstable', 'qosClass');
  },
};
