// failureProbability 0.25 with failExitCode 42: over 1000 attempts about a quarter (200-300) fail with exit
// 42, reason Error; the others exit 0 with reason Completed. Indexed with backoffLimitPerIndex 0 so each
// index has exactly one attempt and the Job ends with those indexes in failedIndexes.
export default {
  id: 'workload/failure-probability-rate',
  source: 'README Scenario behaviors (failureProbability: "each attempt fails with this probability", failExitCode); kubelet kuberuntime toKubeContainerStatus reason Completed/Error',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fp}
spec:
  seed: 21
  cluster:
    nodePools:
    - {name: w, count: 10, capacity: {cpu: "64", memory: 256Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: f}}
    duration: 1m
    failureProbability: 0.25
    failExitCode: 42
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  completionMode: Indexed
  completions: 1000
  parallelism: 1000
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: f}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const ts = h.podsOf('f').map((p) => p.status.containerStatuses[0].state.terminated);
    h.eq(ts.length, 1000, 'one pod per index');
    const failed = ts.filter((t) => t.exitCode !== 0);
    h.assert(failed.every((t) => t.exitCode === 42 && t.reason === 'Error'), 'failures exit 42 Error');
    h.assert(ts.filter((t) => t.exitCode === 0).every((t) => t.reason === 'Completed'), 'others Completed');
    h.assert(failed.length >= 200 && failed.length <= 300, `failed ${failed.length} of 1000`);
    const j = h.job('f');
    h.eq([j.status.failed, j.status.succeeded], [failed.length, 1000 - failed.length], 'job counters');
    h.hasCond(j, 'Failed', 'FailedIndexes');
  },
};
