// Indexed Job with successPolicy succeededCount 1: index 1 succeeds at 15s, SuccessCriteriaMet at 16s (1s batching),
// the two other pods are deleted (Killing, grace 30), Complete at 17s when none is terminating. The TTL (10s) counts
// from Complete: deleted at 27s. The killed pods keep their graceful deletionTimestamp (16 + 30).
export default {
  id: 'deletion/ttl-from-complete-not-successcriteriamet',
  source: 'ttlafterfinished_controller.go jobFinishTime (Complete/Failed only); job_controller.go success policy (SuccessCriteriaMet, delete active pods, Complete once terminating == 0); reference job §7, §10',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ttl}
spec:
  duration: 10m
  behaviors:
  - selector: {matchLabels: {app: sp}}
    duration: 1h
    perIndex: {"1": {duration: 15s}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  ttlSecondsAfterFinished: 10
  successPolicy:
    rules: [{succeededCount: 1}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('sp');
    h.eq(h.sec(h.hasCond(j, 'SuccessCriteriaMet', 'SuccessPolicy').lastTransitionTime), 16, 'SuccessCriteriaMet');
    h.eq(h.sec(h.hasCond(j, 'Complete', 'SuccessPolicy').lastTransitionTime), 17, 'Complete');
    h.eq(h.sec(j.metadata.deletionTimestamp), 27, 'TTL from Complete');
    const pods = h.podsOf('sp').map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]);
    h.eq(pods.sort(), [['0', 'Failed', 46, 30], ['1', 'Succeeded', 27, 0], ['2', 'Failed', 46, 30]], 'pods');
  },
};
