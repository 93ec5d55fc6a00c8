// Drain of the only node at 60s (image pulls take 40s) while it holds: s's pod, deleted at 50s by the Job's
// suspension and still terminating (it ignores SIGTERM: deletionTimestamp 80s); r's running pod; and the pod of
// Job late (created at 45s) still pulling its image. kubectl drain skips no terminating pod
// (--skip-wait-for-delete-timeout 0), so all three get DisruptionTarget EvictionByEvictionAPI at 60s:
//  - s: the DELETE finds it already deleting (no shorter grace): deletionTimestamp stays 80s, SIGKILL 137 at 80s;
//    a suspended Job's deleted pods are not counted (failed 0);
//  - r: Killing, 143 at 60s, counted failed, replaced after 10s (70s), unschedulable (cordoned);
//  - late: nothing to kill (no Killing, no Pulled), ContainerStatusUnknown 137; its finish time is its Ready=False
//    transition (45s), so the back-off is over and the replacement comes in the 61s sync.
export default {
  id: 'evict/ev09-drain-terminating-and-pulling-pods',
  source: 'kubectl drain filters.go skipDeletedFilter/shouldSkipPod (SkipWaitForDeleteTimeoutSeconds > 0 only); eviction.go canIgnorePDB (DeletionTimestamp set, PodPending) + addConditionAndDeletePod; apiserver rest/delete.go BeforeDelete (already deleting, no GracePeriodSeconds: pending, unchanged); job_controller.go deleteJobPods on suspend (finalizer removed first); backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 3m
  latencies: {imagePull: 40s}
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
  faults:
  - {at: 60s, drainNode: w-1}
  timeline:
  - {at: 50s, patch: {kind: Job, name: s, spec: {suspend: true}}}
  - {at: 45s, create: {apiVersion: batch/v1, kind: Job, metadata: {name: late}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox:1.36}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [s] = h.podsOf('s');
    const dts = h.hasCond(s, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([h.sec(dts.lastTransitionTime), h.sec(s.metadata.deletionTimestamp), s.metadata.deletionGracePeriodSeconds], [60, 80, 30], 's: condition added, deletion unchanged');
    h.eq([s.status.phase, h.exitCodeOf(s), h.sec(s.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 137, 80], 's: SIGKILL at 80s');
    h.eq(h.events({ reason: 'Killing', name: s.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [50], 's: killed once, at the suspension');
    h.eq(h.job('s').status.failed ?? 0, 0, 's: not counted');
    const [r1, r2] = h.podsOf('r');
    h.eq([h.sec(h.cond(r1, 'DisruptionTarget').lastTransitionTime), h.exitCodeOf(r1), h.sec(r2.metadata.creationTimestamp), r2.spec.nodeName ?? null], [60, 143, 70, null], 'r');
    const [l1, l2] = h.podsOf('late');
    h.eq([l1.spec.nodeName, h.sec(l1.metadata.deletionTimestamp), l1.status.containerStatuses[0].state.terminated.reason, h.exitCodeOf(l1)], ['w-1', 90, 'ContainerStatusUnknown', 137], 'late: pulling pod evicted');
    h.hasCond(l1, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.events({ name: l1.metadata.name }).map((e) => e.reason), ['Scheduled', 'Pulling'], 'late: no Pulled, no Killing');
    h.eq(h.sec(l2.metadata.creationTimestamp), 61, 'late: replacement at the next sync');
    h.eq([h.job('r').status.failed, h.job('late').status.failed], [1, 1], 'counted');
  },
};
