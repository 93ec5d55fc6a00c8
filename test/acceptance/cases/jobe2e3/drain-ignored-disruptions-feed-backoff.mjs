// Two nodes, 4 pods of 1 cpu (two per node), backoffLimit 0, Ignore on DisruptionTarget. node-1 is drained at 30s: both its
// pods are evicted (DisruptionTarget, exit 143), not counted (failed stays 0) and not fatal; but the two ignored failures
// still feed the pod-recreation back-off: 10s x 2^(2-1) = 20s, so both replacements are created at 50s, on node-2 (node-1
// is cordoned). The Job completes at 111s.
export default {
  id: 'jobe2e3/drain-ignored-disruptions-feed-backoff',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured Ignore rule on pod conditions; pod failure not counted" (wantFailed 0, Complete); test/e2e/apps/job.go ConformanceIt "should allow to use a pod failure policy to ignore failure matching on DisruptionTarget condition" (EvictV1); job_controller.go syncJob (newBackoffRecord(key, newSucceededPods, newFailedPods): ignored pods included), backoff_utils.go getRemainingTimeForFailuresCount',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dr}
spec:
  cluster:
    nodePools:
      - {name: node, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
    - {at: 30s, drainNode: node-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dr}
spec:
  parallelism: 4
  completions: 4
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{type: DisruptionTarget}]
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "1"}}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dr');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName, p.status.phase, h.exitCodeOf(p), h.cond(p, 'DisruptionTarget')?.reason ?? null]).sort(), [
      [0, 'node-1', 'Failed', 143, 'EvictionByEvictionAPI'], [0, 'node-1', 'Failed', 143, 'EvictionByEvictionAPI'],
      [0, 'node-2', 'Succeeded', 0, null], [0, 'node-2', 'Succeeded', 0, null],
      [50, 'node-2', 'Succeeded', 0, null], [50, 'node-2', 'Succeeded', 0, null]], 'pods [created, node, phase, exit, DisruptionTarget]');
    const job = h.job('dr');
    h.eq([job.status.succeeded, job.status.failed ?? 0, h.sec(job.status.completionTime)], [4, 0, 111], '[succeeded, failed, completionTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 111], ['Complete', 'CompletionsReached', 111]], 'conditions');
  },
};
