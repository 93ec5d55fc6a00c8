// Job activeDeadlineSeconds 25 on a container restartPolicy Always (pod Never), exit 0 every run: the pod is
// deleted at 25s while the container waits in back-off after a successful run (10-20). As with any deleted pod,
// the kubelet does not restart it and SyncTerminatingPod computes the phase with podIsTerminal=true: every
// container's last exit is 0 -> Succeeded (Ready False PodCompleted). The Job still counts it failed: it was
// active (Running) when the Job's FailureTarget sync deleted it (finishedCondition set -> counted failed).
// (Contradicts crr/r07's "pod Failed".)
export default {
  id: 'crr2/job-deadline-in-backoff-after-exit0',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (podIsTerminal: stopped == succeeded -> Succeeded); helpers.go ShouldContainerBeRestarted (deleted -> false); job_controller.go trackJobStatusAndRemoveFinalizers (finishedCondition != nil: a non-succeeded pod is counted failed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: al}
spec:
  activeDeadlineSeconds: 25
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Always
`,
  check(r, h) {
    const p = h.podsOf('al')[0];
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.finishedAt)], [1, 0, 20], 'container');
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.reason], ['Succeeded', 'PodCompleted'], '[phase, Ready reason]');
    const job = h.job('al');
    h.eq([job.status.failed, job.status.succeeded], [1, undefined], '[failed, succeeded]');
  },
};
