// A Job deleted (background) while the Job controller is down (20s-2m20s): the garbage collector deletes its pod at
// 30s (grace 30), the kubelet kills it (Failed, exit 143), but the job-tracking finalizer holds the pod. When the Job
// controller comes back, its pod informer lists the pod: addPod sees a deletionTimestamp, calls deletePod, which finds
// no Job for the controllerRef and enqueues the pod in the orphan queue; syncOrphanPod removes the finalizer and the pod
// is gone. It must not keep batch.kubernetes.io/job-tracking forever.
export default {
  id: 'deletion/orphan-finalizer-after-job-controller-outage',
  source: 'job_controller.go addPod ("on a restart of the controller, it\'s possible a new pod shows up in a state that is already pending deletion" -> deletePod), deletePod (job == nil && hasFinalizer -> enqueueOrphanPod), syncOrphanPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 10m
  faults:
  - {at: 20s, controllerDown: job, for: 2m}
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], 'deleted by the garbage collector at 30s');
    h.eq(p.status.phase, 'Failed', 'killed');
    h.eq(p.metadata.finalizers, undefined, 'finalizer removed once the Job controller is back');
  },
};
