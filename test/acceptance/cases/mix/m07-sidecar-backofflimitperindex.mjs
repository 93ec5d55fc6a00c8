// Indexed, 2 completions, backoffLimitPerIndex 0; index 1 exits 1. Its pod's sidecar is stopped at
// 10s (Killing proxy), index 1 is failed, index 0 completed; the Job fails with FailedIndexes at 11s.
export default {
  id: 'mix/sidecar-backofflimitperindex',
  source: 'pkg/controller/job/job_controller.go syncJob (failedIndexes, FailedIndexes reason "Job has failed indexes"); pkg/kubelet kuberuntime computePodActions (sidecars killed once the regular containers are done)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: 10s
    perIndex: {"1": {exitCodes: [1]}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: x}}
    spec:
      restartPolicy: Never
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.status.completedIndexes, j.status.failedIndexes, j.status.failed, j.status.succeeded], ['0', '1', 1, 1], 'indexes');
    const c = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([c.message, h.sec(c.lastTransitionTime)], ['Job has failed indexes', 11], 'Failed');
    const p1 = h.podsOf('j').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    h.eq(h.events({ reason: 'Killing', name: p1.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, 'Stopping container proxy']], 'Killing');
    h.eq(p1.status.initContainerStatuses[0].state.terminated.exitCode, 143, 'proxy exit');
  },
};
