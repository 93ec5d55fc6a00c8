// A pod ignoring SIGTERM (terminationGracePeriodSeconds 40) is evicted at 60s (DisruptionTarget at 60s,
// deletionTimestamp 100s) and again at 75s. The second Eviction finds it terminating (canIgnorePDB):
// the condition is unchanged (same status, reason and message: lastTransitionTime 60s) and the DELETE
// without a shorter grace is pending (deletionTimestamp stays 100s). One Killing event; SIGKILL at 100s
// (137). The Job counts one failure and replaces it at 70s (back-off from 60s).
export default {
  id: 'disrupt/evict-twice-running-pod-no-change',
  source: 'eviction.go canIgnorePDB (DeletionTimestamp set) -> addConditionAndDeletePod; pkg/api/pod UpdatePodCondition (unchanged -> false); apiserver rest/delete.go BeforeDelete (already deleting, no GracePeriodSeconds: gracefulPending); kubelet killContainer (SIGKILL at the grace end)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 5m
  faults:
  - { at: 60s, evictPod: default/j-bn7wn }
  - { at: 75s, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "2m", jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 40
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([h.sec(dt.lastTransitionTime), h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 100, 40], 'first eviction stands');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'one kill');
    h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 137, 100], 'SIGKILL at the grace end');
    h.eq(h.sec(q.metadata.creationTimestamp), 70, 'replacement');
    h.eq(h.job('j').status.failed, 1, 'one failure');
  },
};
