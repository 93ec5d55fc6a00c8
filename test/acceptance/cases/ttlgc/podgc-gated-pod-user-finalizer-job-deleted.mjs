// A pod held back by a scheduling gate (never bound) carries a user finalizer. The Job is deleted at 30s (background):
// the garbage collector deletes the pod with grace 0 (no nodeName: deletionTimestamp 30s), the Job controller drops
// its job-tracking finalizer, example.com/hold keeps it. The pod GC's gcUnscheduledTerminating at the 40s pass marks
// it Failed (markFailedAndDeletePod: phase only, no DisruptionTarget) and repeats the grace-0 delete.
export default {
  id: 'ttlgc/podgc-gated-pod-user-finalizer-job-deleted',
  source: 'podgc gc_controller.go gcUnscheduledTerminating (DeletionTimestamp != nil && NodeName == ""), markFailedAndDeletePod (condition nil); pod CheckGracefulDelete (unscheduled: 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  timeline:
  - {at: 30s, delete: {kind: Job, name: g}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      schedulingGates: [{name: example.com/wait}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p] = h.podsOf('g');
    h.eq(p.spec.nodeName, undefined, 'never bound');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [30, 0, ['example.com/hold']], 'deleted, held');
    h.eq(p.status.phase, 'Failed', 'marked Failed by the pod GC');
    h.eq(h.anyCond(p, 'DisruptionTarget'), undefined, 'no DisruptionTarget from gcUnscheduledTerminating');
  },
};
