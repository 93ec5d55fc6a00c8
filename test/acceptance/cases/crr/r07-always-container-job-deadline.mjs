// A regular container with restartPolicy Always in a Job (pod restartPolicy Never) restarts even after exit 0 and
// never finishes on its own; only the Job's activeDeadlineSeconds ends it. Runs 0-10, 10-20, waits (restart due
// 30s); the deadline at 25s: FailureTarget DeadlineExceeded at 25s, pod deleted with no Killing event (nothing
// runs), Failed and the Warning event at 26s; the pod is counted failed (the FailureTarget sync
// counts every pod it deletes that has not succeeded), yet the pod itself ends Succeeded: a deleted
// pod's container is not restarted, so its last run (exit 0) decides getPhase.
export default {
  id: 'crr/always-container-job-deadline',
  source: 'pkg/api/v1/pod/util.go ContainerShouldRestart (Always -> true); kubelet_pods.go getPhase (restartable -> Running); job_controller.go pastActiveDeadline / deleteActivePods / enactJobFinished',
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
    const job = h.job('al');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 25],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 26]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active], [1, undefined, undefined], '[failed, succeeded, active]');
    const p = h.podsOf('al')[0];
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount], ['Succeeded', 1], '[phase, restartCount]');
    h.eq(h.events({ kind: 'Pod', reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20], 'BackOff after the successful second run');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).length, 0, 'no Killing');
    h.eq(h.events({ kind: 'Job', name: 'al' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [
      [0, 'Normal', 'SuccessfulCreate'], [25, 'Normal', 'SuccessfulDelete'], [26, 'Warning', 'DeadlineExceeded']], 'Job events');
  },
};
