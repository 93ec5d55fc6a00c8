// Indexed Job, 2 completions: index 0 succeeds at 20s (counted, finalizer removed); index 1 runs 2m. Evicting the
// Succeeded pod of index 0 at 30s: the Eviction API adds DisruptionTarget (lastTransitionTime 30s) and deletes it
// with grace 0 (terminal phase): gone at once, no Killing. Its index stays completed; nothing is re-created; the
// Job completes when index 1 ends (120s -> 121s) with failed 0.
export default {
  id: 'evict/ev15-succeeded-index-evicted-not-rerun',
  source: 'eviction.go canIgnorePDB (PodSucceeded) + addConditionAndDeletePod; strategy.go CheckGracefulDelete (terminal: 0); job_controller.go (completedIndexes from status, pods without finalizer not re-counted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 20s
    perIndex:
      "1": {duration: 2m}
  faults:
  - {at: 30s, evictPod: default/x-0-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 2, 'no re-run');
    const p = h.get('Pod', 'x-0-bn7wn');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, (p.metadata.finalizers ?? []).length], ['Succeeded', 30, 0, 0], 'deleted at once');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI').lastTransitionTime), 30, 'condition');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'no Killing');
    const j = h.job('x');
    h.eq([j.status.completedIndexes, j.status.succeeded, j.status.failed ?? 0, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], ['0,1', 2, 0, 121], 'Job');
  },
};
