// node-drain.yaml without its podFailurePolicy (as the comment suggests): podReplacementPolicy defaults to
// TerminatingOrFailed and the two evicted pods are two failures, more than backoffLimit 1: FailureTarget
// (BackoffLimitExceeded) at +5m01s with the four healthy pods deleted, Failed at +5m02s, failed 6, no new pod.
export default {
  id: 'scenrev/drain-without-pfp-fails',
  source: 'kubernetes pkg/controller/job/job_controller.go syncJob (exceedsBackoffLimit: failed > backoffLimit -> FailureTarget "Job has reached the specified backoff limit"), isPodFailed, deleteActivePods; pkg/apis/batch/v1/defaults.go SetDefaults_Job (podReplacementPolicy TerminatingOrFailed without podFailurePolicy)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: node-drain-no-pfp
spec:
  cluster:
    nodePools:
    - name: worker
      count: 3
      capacity: { cpu: "4", memory: 16Gi, pods: 110 }
  faults:
  - { at: 5m, drainNode: worker-1, for: 1h }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: reindex
spec:
  completions: 6
  parallelism: 6
  backoffLimit: 1
  template:
    metadata:
      annotations:
        jobsim/duration: 20m
    spec:
      restartPolicy: Never
      containers:
      - name: reindex
        image: search/reindex:2.4
        resources:
          requests: { cpu: "2", memory: 2Gi }
`,
  check(r, h) {
    const j = h.job('reindex');
    h.eq(j.spec.podReplacementPolicy, 'TerminatingOrFailed', 'defaulted podReplacementPolicy');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 301],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 302],
    ], 'conditions');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'reindex' }).map((e) => h.sec(e.firstTimestamp)), [301, 301, 301, 301], 'healthy pods deleted');
    h.eq([j.status.failed, j.status.succeeded ?? 0, h.podsOf('reindex').length], [6, 0, 6], 'counters and pods');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 302]], 'Warning event');
  },
};
