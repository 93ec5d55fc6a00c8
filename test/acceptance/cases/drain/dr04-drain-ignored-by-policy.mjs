// With a podFailurePolicy that ignores DisruptionTarget, the drained pods do not count against backoffLimit
// (status.failed stays 0) and a backoffLimit of 0 survives the drain.
export default {
  id: 'drain/dr04-drain-ignored-by-policy',
  source: 'pkg/controller/job/pod_failure_policy.go (Ignore onPodConditions DisruptionTarget); kubectl drain',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: drain}
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
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {annotations: {jobsim/duration: 3m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const j = h.job('etl');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([j.status.succeeded, j.status.failed ?? 0], [2, 0], 'the evicted pod is ignored');
    const evicted = h.podsOf('etl').filter((p) => h.cond(p, 'DisruptionTarget'));
    h.eq(evicted.length, 1, 'one pod evicted from w-1');
    h.eq(h.podsOf('etl').filter((p) => p.spec.nodeName === 'w-1').length, 1, 'nothing new lands on the drained node');
  },
};
