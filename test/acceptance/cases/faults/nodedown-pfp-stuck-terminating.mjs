// A Job with a podFailurePolicy (so podReplacementPolicy Failed) whose pod's node goes down for good at 1m:
// the taint manager evicts it 300s after the NoExecute taint; on the unreachable node it stays Terminating
// (phase Running) for ever. It is never counted nor replaced: at the end active 0, terminating 1, failed 0,
// one pod, DisruptionTarget DeletionByTaintManager.
export default {
  id: 'faults/nodedown-pfp-stuck-terminating',
  source: 'job_controller.go isPodFailed (onlyReplaceFailedPods: not failed until phase Failed), manageJob (podReplacementPolicy Failed: wantActive - active - terminating); tainteviction/taint_eviction.go; reference cronjob-and-friends.md §5.3, §5.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: st}
spec:
  duration: 30m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "2h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(dt.message, 'Taint manager: deleting due to NoExecute taint', 'message');
    h.eq(p.status.phase, 'Running', 'still Running (Terminating) on the unreachable node');
    const ne = h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute');
    h.eq(h.sec(dt.lastTransitionTime), h.sec(ne.timeAdded) + 300, 'evicted 300s after the NoExecute taint');
    h.eq(h.sec(p.metadata.deletionTimestamp), h.sec(ne.timeAdded) + 330, 'deletionTimestamp');
    const s = h.job('j').status;
    h.eq([s.active ?? 0, s.terminating, s.failed ?? 0, s.ready], [0, 1, 0, 0], '[active, terminating, failed, ready]');
  },
};
