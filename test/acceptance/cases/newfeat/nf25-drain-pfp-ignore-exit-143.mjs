// An Ignore rule on exit code 143 (onExitCodes): the drained pod that handles SIGTERM exits 143 and is not
// counted; with backoffLimit 0 the Job survives and completes with the replacement (podFailurePolicy: the
// replacement comes once the pod is Failed, plus no back-off for an ignored failure? the back-off record counts
// only counted failures).
export default {
  id: 'newfeat/nf25-drain-pfp-ignore-exit-143',
  source: 'pod_failure_policy.go matchPodFailurePolicy (Ignore onExitCodes); kubectl drain',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 2
  parallelism: 2
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [143]}
  template:
    metadata: {annotations: {jobsim/duration: 3m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const j = h.job('etl');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([j.status.succeeded, j.status.failed ?? 0], [2, 0], 'ignored');
    const later = h.podsOf('etl').filter((p) => h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(later.map((p) => p.spec.nodeName), ['w-2'], 'replacement on w-2');
  },
};
