// An unschedulable pod: phase Pending, exactly one condition (PodScheduled False, Unschedulable, the scheduler's
// FitError message, lastProbeTime null), and nothing the kubelet writes: no startTime, containerStatuses, hostIP,
// nominatedNodeName (no victims); qosClass from the API server. The scheduler stamps its condition with the pod's
// generation (PodObservedGenerationTracking, GA in 1.35); the status itself has no observedGeneration (no kubelet).
export default {
  id: 'podstatus/unscheduled-pod-status-shape',
  source: 'pkg/scheduler/schedule_one.go handleSchedulingFailure / updatePod (PodScheduled False, Reason Unschedulable, Message err.Error()); pkg/registry/core/pod/strategy.go PrepareForCreate (Status = {Phase: Pending, QOSClass})',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "10" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('big')[0];
    const s = p.status;
    h.eq(Object.keys(s).sort(), ['conditions', 'phase', 'qosClass'], 'status keys');
    h.eq(s.conditions, [{ type: 'PodScheduled', observedGeneration: 1, status: 'False', lastProbeTime: null, lastTransitionTime: '2026-01-01T00:00:00Z', reason: 'Unschedulable',
      message: '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.' }], 'conditions');
    h.eq([s.phase, s.qosClass, p.spec.nodeName], ['Pending', 'Burstable', undefined], '[phase, qosClass, nodeName]');
  },
};
