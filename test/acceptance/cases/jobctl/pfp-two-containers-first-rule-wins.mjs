// Rule order decides, not container order: an evicted pod's containers end differently (both take 20s to stop on
// SIGTERM; a's 29s preStop sleep leaves it the 2s minimum, SIGKILL: 137 at 36s; b gets SIGTERM at 5s: 143 at 25s).
// Rule 0 (Ignore on 143) matches b before rule 1 (FailJob on 137) is tried for a, which comes first in the pod:
// the failure is ignored (backoffLimit 0 not reached, failed absent) and the replacement comes 10s after the pod's
// latest container finish (36s): at 46s; it runs 60s, Complete at 107s.
export default {
  id: 'jobctl/pfp-two-containers-first-rule-wins',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure; both rules are matching, the first is executed only" (container1 exit 2 Ignore, container2 exit 6 FailJob); pod_failure_policy.go matchPodFailurePolicy (rules outer loop); backoff_utils.go getFinishTimeFromContainers (latest finishedAt); registry eviction.go addConditionAndDeletePod; kuberuntime killContainer (preStop within the grace period)',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tc}
spec:
  behaviors:
  - selector: {matchLabels: {app: tc}}
    duration: 60s
    onSigterm: 20s
  faults:
  - {at: 5s, evictPod: default/tc-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: tc}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [143]}
    - action: FailJob
      onExitCodes: {operator: In, values: [137]}
  template:
    metadata: {labels: {app: tc}}
    spec:
      containers:
      - name: a
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 29}}}
      - name: b
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('tc');
    h.eq(pods.map((p) => p.metadata.name === 'tc-bn7wn'), [true, false], 'evicted pod first (seed 1)');
    const cs = Object.fromEntries(pods[0].status.containerStatuses.map((c) => [c.name, [c.state.terminated.exitCode, h.sec(c.state.terminated.finishedAt)]]));
    h.eq([pods[0].status.phase, cs], ['Failed', { a: [137, 36], b: [143, 25] }], 'evicted pod [phase, {container: [exit, finishedAt]}]');
    h.eq([h.sec(pods[1].metadata.creationTimestamp), pods[1].status.phase], [46, 'Succeeded'], 'replacement');
    const j = h.job('tc');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 107], ['Complete', 'CompletionsReached', 107]], 'conditions');
    h.eq([j.status.failed, j.status.succeeded], [undefined, 1], '[failed, succeeded]');
  },
};
