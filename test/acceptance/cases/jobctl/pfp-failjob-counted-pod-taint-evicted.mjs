// The taint-eviction path to the same rule: index 0's first pod fails at 10s on node-2 (exit 1, counted; kept by
// its template finalizer), its replacement succeeds at 30s; node-2 goes down at 40s. The taint manager evicts every
// pod bound to the tainted node, terminal ones included (DisruptionTarget DeletionByTaintManager, here at 390s).
// Upstream's next sync (391s) lists the Job's pods, finds the counted Failed pod now carrying DisruptionTarget and
// fails the Job (FailureTarget PodFailurePolicy), deleting index 1's running pod (failed 2); Failed at 392s.
export default {
  id: 'jobctl/pfp-failjob-counted-pod-taint-evicted',
  source: 'job_controller.go syncJob -> getFailJobMessage over all pods of getPodsForJob (finished, already counted pods included), isPodFailed; pod_failure_policy.go matchOnPodConditions; tainteviction/taint_eviction.go getPodsAssignedToNode (spec.nodeName index, no phase filter) -> processPodOnNode -> addConditionAndDeletePod (DisruptionTarget "DeletionByTaintManager"); kubernetes/kubernetes issues #96363, #121052 (completed pods evicted by the taint manager)',
  args: ['--duration', '8m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tm}
spec:
  cluster:
    nodePools:
    - {name: node, count: 2}
  faults:
  - {at: 40s, nodeDown: node-2}
  behaviors:
  - selector: {matchLabels: {app: tm}}
    duration: 1h
    perIndex:
      "0": {duration: 10s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: tm}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions:
      - {type: DisruptionTarget, status: "True"}
  template:
    metadata:
      labels: {app: tm}
      finalizers: [example.com/keep]
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('tm');
    const a = pods.find((p) => p.metadata.name === 'tm-0-bn7wn');
    h.assert(a, 'pod tm-0-bn7wn (seed 1) exists');
    const dt = (a.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([a.spec.nodeName, a.status.phase, dt?.reason, h.sec(dt?.lastTransitionTime)], ['node-2', 'Failed', 'DeletionByTaintManager', 390], 'failed pod evicted by the taint manager');
    const msg = 'Pod default/tm-0-bn7wn has condition DisruptionTarget matching FailJob rule at index 0';
    const j = h.job('tm');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 391],
      ['Failed', 'PodFailurePolicy', msg, 392],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes], [2, 1, '0'], '[failed, succeeded, completedIndexes]');
  },
};
