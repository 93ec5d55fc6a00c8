// indexed-per-index-backoff.yaml with maxFailedIndexes: 0 (the comment's variation): index 3 fails its second
// attempt at +70s, one failed index is more than 0, so at +71s the Job gets FailureTarget and Failed with reason
// MaxFailedIndexesExceeded ("Job has exceeded the specified maximal number of failed indexes"), failedIndexes "3".
export default {
  id: 'scenrev/indexed-max-failed-indexes-zero',
  source: 'kubernetes pkg/controller/job/job_controller.go syncJob (exceedsMaxFailedIndexes: len(failedIndexes) > maxFailedIndexes -> FailureTarget JobReasonMaxFailedIndexesExceeded "Job has exceeded the specified maximal number of failed indexes"); indexed_job_utils.go (index failed once its failures exceed backoffLimitPerIndex)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: indexed-mfi0
spec:
  seed: 3
  behaviors:
  - selector: { matchLabels: { app: shard } }
    duration: 30s
    perIndex:
      "1": { exitCodes: [1, 0] }
      "3": { exitCodes: [1] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: shards
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  backoffLimitPerIndex: 1
  maxFailedIndexes: 0
  template:
    metadata:
      labels: { app: shard }
    spec:
      containers:
      - name: shard
        image: registry.example.com/shard:1.2
        command: ["process-shard"]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('shards');
    const msg = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'MaxFailedIndexesExceeded', msg, 71], ['Failed', 'MaxFailedIndexesExceeded', msg, 71]], 'conditions');
    h.eq([j.status.failedIndexes, j.status.completedIndexes, j.status.succeeded, j.status.failed], ['3', '0-2,4', 4, 3], 'indexes and counters');
    h.eq(h.events({ reason: 'MaxFailedIndexesExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp), e.message]), [['Warning', 71, msg]], 'event');
  },
};
