// A pod that already failed (exit 1 at 20s) on w-1; w-1 deleted at 110s. The pod GC force-deletes it at 160s without
// the Failed patch or a DisruptionTarget condition (it is terminal); the Job's counters stay as they were (failed 1,
// counted at 21s) and the replacement (created at 31s on w-1, exit 1 again... until the node is gone) are not recounted.
export default {
  id: 'podgc/failed-pod-on-deleted-node',
  source: 'podgc gc_controller.go markFailedAndDeletePodWithCondition (phase Succeeded/Failed: no patch, Delete grace 0); gcOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q4}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "20s", jobsim/exit-codes: "1"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'one pod');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Failed', 160, 0], 'force-deleted at 160s');
    h.noCond(p, 'DisruptionTarget');
    h.eq(p.status.containerStatuses[0].state.terminated.exitCode, 1, 'exit code kept');
    const job = h.job('j');
    h.eq([job.status.failed, h.sec(h.hasCond(job, 'Failed', 'BackoffLimitExceeded').lastTransitionTime)], [1, 21], 'Job failed at 21s, not recounted');
  },
};
