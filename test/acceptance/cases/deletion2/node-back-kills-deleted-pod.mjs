// One node; it stops answering at 20s and comes back at 2m20s. The Job is deleted at 1m: the garbage collector deletes the
// pod (grace 30: deletionTimestamp 1m30s) but no kubelet acts on it while the node is down. When the node is back the
// kubelet sees the deletion and kills the container: Killing at 2m20s, exit 143 reason Error, finishedAt 2m20s, phase
// Failed. The deletionTimestamp stays the API server's (request + grace), not the kill time.
export default {
  id: 'deletion2/node-back-kills-deleted-pod',
  source: 'pod strategy CheckGracefulDelete; kubelet syncLoop (pod with DeletionTimestamp -> SyncTerminatingPod, killContainer: Killing event, SIGTERM); rest/delete.go BeforeDelete (deletionTimestamp = now + grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 10m
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
  - {at: 20s, nodeDown: w-1, for: 2m}
  timeline:
  - {at: 1m, delete: {kind: Job, name: j}}
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
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [90, 30, undefined], 'deleted at 1m');
    h.eq(p.status.phase, 'Failed', 'terminal once killed');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [143, 'Error', 140], 'killed when the node is back');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[140, 'Stopping container c']], 'Killing');
  },
};
