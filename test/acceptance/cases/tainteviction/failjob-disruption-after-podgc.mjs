// podFailurePolicy FailJob on DisruptionTarget (so podReplacementPolicy Failed): the taint-evicted pod stuck
// Terminating on the unreachable node is not evaluated until it is Failed; the pod GC fails it after the node's
// deletion (DisruptionTarget now DeletionByPodGC, still type DisruptionTarget), and the rule matches at once.
export default {
  id: 'tainteviction/failjob-disruption-after-podgc',
  source: 'job_controller.go (podFailurePolicy evaluated on terminal pods); pod_failure_policy.go matchPodFailurePolicy message "Pod %s/%s has condition %v matching %v rule at index %d"; podgc markFailedAndDeletePodWithCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 8m, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fj }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('fj');
    const p = h.podsOf('fj')[0];
    const msg = `Pod default/${p.metadata.name} has condition DisruptionTarget matching FailJob rule at index 0`;
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([h.sec(ft.lastTransitionTime), ft.message, h.sec(f.lastTransitionTime), f.message], [521, msg, 521, msg], 'conditions');
    h.eq([j.status.failed, j.status.terminating ?? 0, j.status.active ?? 0], [1, 0, 0], 'counters');
    h.eq(h.podsOf('fj').length, 1, 'never replaced');
  },
};
