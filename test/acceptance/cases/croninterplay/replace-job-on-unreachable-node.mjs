// Replace when the running Job's pod is on a node that stopped (w-2 down at 00:17 for 30m): at 00:20 the Job is
// deleted (background) and replaced at once; the garbage collector's graceful delete leaves the old pod Terminating
// on the dead node (deletionTimestamp 00:20:30). The taint manager still evicts it later (DisruptionTarget
// DeletionByTaintManager, event TaintManagerEviction) without moving its deletionTimestamp. The new Job runs on w-1.
export default {
  id: 'croninterplay/replace-job-on-unreachable-node',
  source: 'cronjob_controllerv2.go syncCronJob ReplaceConcurrent; tainteviction PodUpdated/processPodOnNode (no deletionTimestamp filter), addConditionAndDeletePod; registry graceful deletion (a later delete cannot lengthen the grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 17m, nodeDown: w-2, for: 30m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1200, 'SuccessfulCreate', 'Created job cj-29453780'],
    ], 'CronJob events');
    const old = h.podsOf('cj-29453770')[0];
    h.eq([old.spec.nodeName, old.status.phase, h.sec(old.metadata.deletionTimestamp), old.metadata.deletionGracePeriodSeconds], ['w-2', 'Running', 1230, 30], 'old pod stuck Terminating on the dead node');
    const c = h.hasCond(old, 'DisruptionTarget', 'DeletionByTaintManager');
    h.assert(h.sec(c.lastTransitionTime) > 1230, 'taint eviction after the GC deletion');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: old.metadata.name }).map((e) => e.message), [`Marking for deletion Pod default/${old.metadata.name}`], 'eviction event');
    h.eq(h.podsOf('cj-29453780').map((p) => [p.spec.nodeName, p.status.phase]), [['w-1', 'Running']], 'new Job on w-1');
  },
};
