// ttlSecondsAfterFinished 30, pod with a user finalizer, Complete at 11s; the kube-controller-manager is down 20s-2m20s
// over the expiry (41s). Back at 140s, the TTL controller deletes the Job (foreground, deletionTimestamp 140s) and the
// garbage collector deletes the Succeeded pod (grace 0), which its finalizer keeps, so the Job stays held. Neither the
// TTL controller nor the GC records an event: the last event is the Job's Completed at 11s, but for the
// RegisteredNode events of the restarted node lifecycle controller at 140s, one per node.
export default {
  id: 'ttl2/outage-expired-held-pod-no-events',
  source: 'ttlafterfinished_controller.go addJob/processJob (no recorder call), garbagecollector.go processDeletingDependentsItem (blockingDependents), pod CheckGracefulDelete (terminal: 0); node_lifecycle_controller.go monitorNodeHealth (RegisteredNode for added nodes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  faults:
  - {at: 20s, controllerDown: all, for: 2m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: h}
spec:
  ttlSecondsAfterFinished: 30
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('h');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [140, 2, ['foregroundDeletion']], 'deleted at the return, held');
    const [p] = h.podsOf('h');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], [140, 0, ['example.com/hold']], 'pod deleted, held');
    h.eq(r.events.filter((e) => h.sec(e.firstTimestamp) > 11).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['RegisteredNode', 140], ['RegisteredNode', 140], ['RegisteredNode', 140]], 'after Completed: the (default three) nodes registered anew at the return');
    const last = r.events.filter((e) => e.reason !== 'RegisteredNode').at(-1);
    h.eq([last.reason, h.sec(last.firstTimestamp), last.source.component], ['Completed', 11, 'job-controller'], 'no event after Completed');
    h.eq(r.events.filter((e) => e.source.component === 'ttl-after-finished-controller').length, 0, 'no TTL controller event');
  },
};
