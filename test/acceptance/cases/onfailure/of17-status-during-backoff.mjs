// Job status while one OnFailure pod waits in CrashLoopBackOff: Indexed, 2 pods; index 0 crash-loops (10s runs,
// waiting 20-30s), index 1 runs for an hour. Cut at 25s: both pods are active (a crash-looping pod is Running and
// not being deleted), only index 1 is ready: active 2, ready 1, failed unset, terminating 0. Index 0's pod: phase
// Running, Ready/ContainersReady False ContainersNotReady "containers with unready status: [c]" since 20s.
export default {
  id: 'onfailure/status-during-backoff',
  source: 'job_controller.go syncJob (active = pods not terminal and not deleted; ready = countReadyPods), kubelet_pods.go getPhase (OnFailure with a failed container -> Running), status/generate.go GeneratePodReadyCondition (ContainersNotReady, "containers with unready status: %s")',
  args: ['--duration', '25s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sb}
spec:
  behaviors:
  - selector: {matchLabels: {job-name: sb}}
    duration: 10s
    exitCodes: [1]
    perIndex:
      "1": {duration: 1h, exitCodes: [0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sb}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('sb');
    h.eq([job.status.active, job.status.ready, job.status.failed, job.status.terminating, job.status.succeeded], [2, 1, undefined, 0, undefined], '[active, ready, failed, terminating, succeeded]');
    const p0 = h.podsOf('sb').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(p0.status.phase, 'Running', 'phase');
    for (const t of ['Ready', 'ContainersReady']) {
      const c = p0.status.conditions.find((x) => x.type === t);
      h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'ContainersNotReady', 'containers with unready status: [c]', 20], t);
    }
    h.eq(p0.status.containerStatuses[0].state.waiting?.reason, 'CrashLoopBackOff', 'waiting');
  },
};
