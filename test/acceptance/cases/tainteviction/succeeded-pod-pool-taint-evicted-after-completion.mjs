// The eviction planned at binding (pool NoExecute taint tolerated 60s) still fires after the pod has Succeeded
// (the taint manager does not look at the phase, and the work is not cancelled by a status change): event,
// DisruptionTarget added to the Succeeded pod, DELETE with grace 0 (terminal pod). The Job stays Complete, counted once.
export default {
  id: 'tainteviction/succeeded-pod-pool-taint-evicted-after-completion',
  source: 'taint_eviction.go PodUpdated (only nodeName/tolerations changes re-enqueue), deletePodHandler/addConditionAndDeletePod (no phase check); registry/core/pod strategy CheckGracefulDelete (terminal -> 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: done }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('done')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted at bind + 60s');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 60, 'condition');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], [60, 0], 'deleted at once');
    const j = h.job('done');
    h.eq([h.sec(h.cond(j, 'Complete').lastTransitionTime), j.status.succeeded, j.status.failed ?? 0], [21, 1, 0], 'Job unchanged');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'nothing to kill');
  },
};
