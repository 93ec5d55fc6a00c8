// Job activeDeadlineSeconds reached while the OnFailure container waits in CrashLoopBackOff: runs 0-10, 10-20,
// then waiting (restart due at 30s); the deadline (25s, from startTime, `>=`) sets FailureTarget DeadlineExceeded
// at 25s exactly (the controller's AddAfter re-sync), the pod is deleted (SuccessfulDelete) without a Killing event
// (no container runs), it is terminal at once and counted failed; Failed and the Warning event at 26s.
export default {
  id: 'onfailure/job-ads-during-backoff',
  source: 'job_controller.go syncJob (pastActiveDeadline >=, queue.AddAfter(ADS - elapsed)), deleteActivePods, enactJobFinished (Warning event with the condition reason); kuberuntime killContainersWithSyncResult (Killing only for running containers); reference job §2.4 step 5, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ad}
spec:
  activeDeadlineSeconds: 25
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('ad');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 25],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 26]], 'conditions');
    h.eq([job.status.failed, job.status.active, job.status.terminating], [1, undefined, 0], '[failed, active, terminating]');
    const p = h.podsOf('ad')[0];
    h.eq([p.status.phase, p.status.containerStatuses[0].restartCount, h.sec(p.metadata.deletionTimestamp)], ['Failed', 1, 55], 'pod');
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Killing' }).length, 0, 'no Killing');
    h.eq(h.events({ kind: 'Job', name: 'ad' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [
      [0, 'Normal', 'SuccessfulCreate'], [25, 'Normal', 'SuccessfulDelete'], [26, 'Warning', 'DeadlineExceeded']], 'Job events');
  },
};
