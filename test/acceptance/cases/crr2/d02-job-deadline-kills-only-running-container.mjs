// Pod Never; a (restartPolicy OnFailure) and b (none); both exit 1 at 10s; a restarts at once and runs its second
// attempt; b stays terminated. The Job's activeDeadlineSeconds (15) deletes the pod at 15s: only a runs, so only
// a gets Killing (exit 143, 10-15); b keeps its own exit 1 (0-10). Ready False since 10s (b stopped), PodFailed.
// The Job: FailureTarget DeadlineExceeded 15, Failed 16, failed 1, one SuccessfulDelete.
export default {
  id: 'crr2/job-deadline-kills-only-running-container',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go killPodWithSyncResult/killContainersWithSyncResult (running containers only); job_controller.go pastActiveDeadline/deleteActivePods; kubelet_pods.go getPhase',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ads}
spec:
  activeDeadlineSeconds: 15
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    const p = h.podsOf('ads')[0];
    h.eq(h.podsOf('ads').length, 1, 'one pod');
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    h.eq([a.restartCount, a.state.terminated?.exitCode, h.sec(a.state.terminated?.startedAt), h.sec(a.state.terminated?.finishedAt), a.lastState.terminated?.exitCode], [1, 143, 10, 15, 1], 'a');
    h.eq([b.restartCount, b.state.terminated?.exitCode, h.sec(b.state.terminated?.finishedAt)], [0, 1, 10], 'b');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[15, 'Stopping container a']], 'Killing');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.reason, h.sec(ready.lastTransitionTime)], ['Failed', 'PodFailed', 10], '[phase, Ready]');
    const job = h.job('ads');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 15], ['Failed', 'DeadlineExceeded', 16]], 'conditions');
    h.eq([job.status.failed, h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).length], [1, 1], '[failed, deletes]');
  },
};
