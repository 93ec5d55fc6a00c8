// A crash-looping OnFailure pod whose node dies is replaced by a new pod, whose restartCount starts at 0: the old
// pod (restartCount 2 on a-1, down at 35s) is evicted at 390s and counted failed (TerminatingOrFailed); its finish
// time is its Ready=False transition (85s, MarkPodsNotReady; its third run was still reported running), so no
// pod-recreation back-off is left and the replacement is created at 391s on b-1; its container exits 0 at 401s and the Job reaches SuccessCriteriaMet at
// 402s, but not Complete: the evicted pod is still Terminating on the dead node.
export default {
  id: 'onfailure/node-failure-replacement-starts-over',
  source: 'job_controller.go isPodFailed (deletionTimestamp with TerminatingOrFailed), manageJob; backoff_utils.go getFinishedTime (Ready=False lastTransitionTime); nodelifecycle MarkPodsNotReady; tainteviction; reference job §2.1, §2.8, §3.3',
  args: ['--duration', '15m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd2}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: 110}}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 16Gi, pods: 110}}
  faults:
  - {at: 35s, nodeDown: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p1, p2, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    const c1 = p1.status.containerStatuses[0];
    h.eq([p1.status.phase, c1.restartCount, h.sec(c1.state.running?.startedAt)], ['Running', 2, 30], 'old pod as last reported');
    const dt = p1.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, h.sec(dt?.lastTransitionTime)], ['True', 'DeletionByTaintManager', 390], 'DisruptionTarget');
    const c2 = p2.status.containerStatuses[0];
    h.eq([h.sec(p2.metadata.creationTimestamp), p2.spec.nodeName, p2.status.phase, c2.restartCount, c2.state.terminated?.exitCode], [391, 'b-1', 'Succeeded', 0, 0], 'replacement');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 402]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating, job.status.active], [1, 1, 1, undefined], '[succeeded, failed, terminating, active]');
  },
};
