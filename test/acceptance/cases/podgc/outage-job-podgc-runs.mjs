// controllerDown: job from 100s to 6m40s does not stop the pod GC: w-1 deleted at 110s, pod failed + force-deleted at
// 160s, but the job-tracking finalizer keeps it (deletionTimestamp 160s). When the Job controller is back (400s) it
// counts the failure, drops the finalizer, and creates the replacement at once (the 10s backoff from 160s has passed).
export default {
  id: 'podgc/outage-job-podgc-runs',
  source: 'README Outages (job stops the Job controller only); podgc gcOrphaned; job_controller.go trackJobStatusAndRemoveFinalizers, backoff_utils.go getRemainingTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p11}
spec:
  duration: 8m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 100s, controllerDown: job, for: 300s}
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], ['Failed', 160, undefined], 'GC-ed at 160s, finalizer removed later');
    h.eq(h.sec(q?.metadata.creationTimestamp), 400, 'replacement when the Job controller is back');
    h.eq([h.job('j').status.failed, h.job('j').status.active], [1, 1], '[failed, active]');
  },
};
