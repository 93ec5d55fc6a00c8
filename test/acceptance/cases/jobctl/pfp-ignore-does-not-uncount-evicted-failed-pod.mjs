// An Ignore rule is applied when a failure is first counted, never afterwards: pod A fails at 10s (exit 1, no rule
// matches: failed 1) and is kept by its template finalizer; when node-2 is drained at 25s the Eviction API gives the
// Failed pod a DisruptionTarget condition, but A is already counted (no tracking finalizer): status.failed stays 1,
// and the replacement's success at 30s completes the Job at 31s.
export default {
  id: 'jobctl/pfp-ignore-does-not-uncount-evicted-failed-pod',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure based on OnPodConditions" (Ignore only for pods being counted); job_controller.go nonIgnoredFailedPodsCount(newFailedPods), getNewFinishedPods/getValidPodsWithFilter (pods without the tracking finalizer are already counted); registry eviction.go canIgnorePDB (terminal) + addConditionAndDeletePod; kubectl drain unreplicatedFilter (finished pods)',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ig}
spec:
  cluster:
    nodePools:
    - {name: node, count: 2}
  behaviors:
  - selector: {matchLabels: {app: ig}}
    duration: 10s
    exitCodes: [1, 0]
  faults:
  - {at: 25s, drainNode: node-2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ig}
spec:
  backoffLimit: 1
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - {type: DisruptionTarget, status: "True"}
  template:
    metadata:
      labels: {app: ig}
      finalizers: [example.com/keep]
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ig');
    h.eq(pods.map((p) => [p.metadata.name, p.spec.nodeName, p.status.phase]), [['ig-bn7wn', 'node-2', 'Failed'], ['ig-vqbl8', 'node-1', 'Succeeded']], 'pods (seed 1)');
    const dt = (pods[0].status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.reason, h.sec(dt?.lastTransitionTime), h.sec(pods[0].metadata.deletionTimestamp)], ['EvictionByEvictionAPI', 25, 25], 'failed pod evicted by the drain');
    const j = h.job('ig');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 31], ['Complete', 'CompletionsReached', 31]], 'conditions');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], '[failed, succeeded]');
  },
};
