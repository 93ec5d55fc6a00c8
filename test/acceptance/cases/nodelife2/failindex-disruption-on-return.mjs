// Indexed, backoffLimitPerIndex 1, FailIndex on DisruptionTarget; both pods on w-1 (down 1m-11m). Index
// 1 succeeded at 30s, index 0 runs on. Both are evicted at taint + 300s (the Succeeded one too: it gets
// DisruptionTarget and, being terminal, a deletionTimestamp of now, grace 0). Index 0 stays Terminating
// (no replacement: a podFailurePolicy means podReplacementPolicy Failed) until the kubelet kills it at
// 11m; then FailIndex marks index 0 failed and, every index being decided, the Job fails at 11m+1s with
// FailedIndexes / "Job has failed indexes" and its Warning event.
export default {
  id: 'nodelife2/failindex-disruption-on-return',
  source: 'job_controller.go (FailIndex -> failedIndexes; all indexes decided -> Failed FailedIndexes "Job has failed indexes", recorder.Event Warning); taint_eviction.go processPodOnNode (phase not checked); registry/core/pod/strategy.go CheckGracefulDelete (terminal pod -> grace 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: ix } }
    duration: 1h
    perIndex:
      "1": { duration: 30s }
  faults:
  - { at: 1m, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ix }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - action: FailIndex
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { labels: { app: ix } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'no replacement');
    const byIdx = Object.fromEntries(pods.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], p]));
    h.eq([byIdx['1'].status.phase, h.sec(byIdx['1'].metadata.deletionTimestamp)], ['Succeeded', u + 305], 'succeeded pod evicted with grace 0');
    h.hasCond(byIdx['1'], 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([byIdx['0'].status.phase, h.exitCodeOf(byIdx['0'])], ['Failed', 143], 'index 0 killed on return');
    const j = h.job('ix');
    h.eq([j.status.completedIndexes, j.status.failedIndexes, j.status.succeeded, j.status.failed], ['1', '0', 1, 1], 'indexes');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([f.message, h.sec(f.lastTransitionTime)], ['Job has failed indexes', 661], 'Failed');
    h.eq(h.events({ reason: 'FailedIndexes', kind: 'Job' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has failed indexes', 661]], 'event');
  },
};
