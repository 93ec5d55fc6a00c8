// getFailJobMessage reads every pod of the Job, also a failed pod counted long ago. Pod A fails at 10s (exit 1, no
// rule matches: counted, tracking finalizer removed; its template finalizer keeps it). At 25s node-2, where A lies,
// is drained: kubectl drain evicts terminal pods too, and the Eviction API adds DisruptionTarget before deleting. The
// Job's next sync (26s) finds A Failed with DisruptionTarget True: FailureTarget PodFailurePolicy, the running
// replacement is deleted (counted failed: 2), Failed at 27s once it has exited.
export default {
  id: 'jobctl/pfp-failjob-counted-pod-evicted-later',
  source: 'job_controller.go syncJob -> getFailJobMessage(&job, pods) over all pods from getPodsForJob (podStore List + ClaimPods: finished pods without the tracking finalizer included), isPodFailed (phase Failed); pod_failure_policy.go matchOnPodConditions; job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnPodConditions" ("Pod default/mypod-0 has condition DisruptionTarget matching FailJob rule at index 0"); kubectl drain filters.go unreplicatedFilter (finished pods Okay); registry/core/pod/storage/eviction.go canIgnorePDB (terminal) + addConditionAndDeletePod',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dr}
spec:
  cluster:
    nodePools:
    - {name: node, count: 2}
  behaviors:
  - selector: {matchLabels: {app: dr}}
    duration: 10s
    exitCodes: [1, 0]
  faults:
  - {at: 25s, drainNode: node-2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dr}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions:
      - {type: DisruptionTarget, status: "True"}
  template:
    metadata:
      labels: {app: dr}
      finalizers: [example.com/keep]
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dr');
    h.eq(pods.map((p) => [p.metadata.name, p.spec.nodeName, h.sec(p.metadata.creationTimestamp)]), [['dr-bn7wn', 'node-2', 0], ['dr-vqbl8', 'node-1', 20]], 'pods [name, node, created] (seed 1)');
    const a = pods[0];
    const dt = (a.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([a.status.phase, dt?.status, dt?.reason, h.sec(a.metadata.deletionTimestamp)], ['Failed', 'True', 'EvictionByEvictionAPI', 25], 'pod A evicted by the drain after it failed');
    const msg = 'Pod default/dr-bn7wn has condition DisruptionTarget matching FailJob rule at index 0';
    const j = h.job('dr');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 26],
      ['Failed', 'PodFailurePolicy', msg, 27],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded], [2, undefined], '[failed, succeeded]');
    h.eq([pods[1].status.phase, h.exitCodeOf(pods[1])], ['Failed', 143], 'replacement killed by the Job failure');
  },
};
