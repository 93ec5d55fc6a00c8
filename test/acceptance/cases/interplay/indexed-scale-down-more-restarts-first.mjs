// Scale-down tie broken by container restarts: an Indexed OnFailure Job whose two pods (both created at 0s, both
// crash-looping) are both waiting in back-off and not ready at 52.5s, when parallelism goes 2 -> 1. Index 1 (10s runs:
// restartCount 2) has more restarts than index 0 (25s runs: restartCount 1), so index 1 is deleted, whatever the
// names or indexes say. Nothing is counted as failed.
export default {
  id: 'interplay/indexed-scale-down-more-restarts-first',
  source: 'job_controller.go activePodsForRemoval, controller_utils.go ActivePods.Less (5. higher maxContainerRestarts < lower); reference §2.6 step 3',
  args: ['--duration', '55s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip25}
spec:
  behaviors:
    - selector: {matchLabels: {app: ix}}
      duration: 25s
      exitCodes: [1]
      perIndex:
        "1": { duration: 10s, exitCodes: [1] }
  timeline:
    - { at: 52500ms, patch: { kind: Job, name: ix, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 100
  template:
    metadata: {labels: {app: ix}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ix');
    h.eq(pods.length, 2, 'two pods');
    const p0 = pods.find((p) => p.metadata.name.startsWith('ix-0-'));
    const p1 = pods.find((p) => p.metadata.name.startsWith('ix-1-'));
    h.eq([p0.metadata.deletionTimestamp, p0.status.containerStatuses[0].restartCount, p0.status.containerStatuses[0].state.waiting?.reason], [undefined, 1, 'CrashLoopBackOff'], 'index 0 kept [deletionTimestamp, restarts, waiting]');
    h.eq([h.sec(p1.metadata.deletionTimestamp), p1.status.containerStatuses[0].restartCount], [82, 2], 'index 1 deleted at 52s (+30s grace), 2 restarts');
    h.eq(h.events({ kind: 'Job', name: 'ix', reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${p1.metadata.name}`, 52]], 'SuccessfulDelete');
    h.eq(h.job('ix').status.failed ?? 0, 0, 'failed');
  },
};
