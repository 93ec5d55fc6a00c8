// One node stops answering at 10s; activeDeadlineSeconds 30 fails the Job: FailureTarget at 30s and its pod is deleted,
// but the pod stays Terminating on the unreachable node (taint eviction would come only after ~6 min), so the Failed
// condition is never written within the 4 minutes, and the TTL (0) never fires: FailureTarget does not count.
export default {
  id: 'deletion/ttl-failuretarget-stuck-not-deleted',
  source: 'ttlafterfinished_controller.go needsCleanup/jobFinishTime (Complete/Failed only); job_controller.go enactJobFinished (delay while terminating > 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 4m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 10s, nodeDown: w-1, for: 1h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  activeDeadlineSeconds: 30
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 30, 'FailureTarget at 30s');
    h.noCond(j, 'Failed');
    h.eq(j.status.terminating, 1, 'one pod terminating');
    h.eq(j.metadata.deletionTimestamp, undefined, 'not deleted by TTL');
    const p = h.podsOf('a')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.phase], [60, 'Running'], 'pod stuck Terminating');
  },
};
