// kubectl delete job (propagationPolicy Background) on a running Job with 2 pods: the Job has no finalizer, so it is
// removed at once (deletionTimestamp 30s, generation unchanged, status as last written: active 2, ready 2). The garbage
// collector deletes the pods with their grace period (30s: deletionTimestamp 60s); the Job controller's deleteJob
// handler strips their job-tracking finalizers (cleanupPodFinalizers -> orphan queue); the kubelet kills the containers
// (Killing at 30s, exit 143). No Job controller event: the pods are not deleted by it, nor replaced.
export default {
  id: 'deletion/delete-running-job-background',
  source: 'job_controller.go deleteJob -> cleanupPodFinalizers/enqueueOrphanPod, syncOrphanPod (removeTrackingFinalizerPatch); garbagecollector attemptToDeleteItem (dangling owner: delete with background); pod strategy CheckGracefulDelete; CONTRACT §2 timeline delete, §3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(j.metadata.deletionTimestamp), 30, 'Job deletionTimestamp');
    h.eq(j.metadata.generation, 1, 'generation not bumped (removed at once)');
    h.eq(j.metadata.finalizers, undefined, 'no finalizers');
    h.eq([j.status.active, j.status.ready, j.status.succeeded, j.status.failed], [2, 2, undefined, undefined], 'status as last written before the deletion');
    h.eq(j.status.conditions, undefined, 'no condition');
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'no replacement pod');
    for (const p of pods) {
      const n = p.metadata.name;
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], `${n} graceful deletion`);
      h.eq(p.metadata.finalizers, undefined, `${n}: job-tracking finalizer removed`);
      h.eq(p.status.phase, 'Failed', `${n} phase`);
      h.eq(p.status.containerStatuses[0].state.terminated.exitCode, 143, `${n} SIGTERM exit`);
      h.eq(h.events({ reason: 'Killing', name: n }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container c']], `${n} Killing`);
    }
    h.eq(h.events({ kind: 'Job', name: 'j' }).filter((e) => h.sec(e.firstTimestamp) > 0).length, 0, 'no Job event after creation');
  },
};
