// e2e "should run a job to completion when tasks succeed": parallelism 2, completions 4, pods exit 0 after 10s.
// Two pods at 0s; the Job controller sees both finished in its 1s-batched sync at 11s and creates the next two;
// they end at 21s and the sync at 22s sets SuccessCriteriaMet and Complete (no pod terminating) with completionTime.
export default {
  id: 'e2e2/all-succeed',
  source: 'test/e2e/apps/job.go "should run a job to completion when tasks succeed" (WaitForJobComplete CompletionsReached, 4 Succeeded pods); job_controller.go syncJob/trackJobStatusAndRemoveFinalizers (SuccessCriteriaMet then Complete when terminating==0), enqueueSyncJobBatched (syncJobBatchPeriod 1s)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: all-succeed}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, "exit 0"]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-succeed');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 22],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 22]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, job.status.ready, job.status.terminating], [4, 0, 0, 0, 0], 'counters');
    h.eq([h.sec(job.status.startTime), h.sec(job.status.completionTime)], [0, 22], 'start/completion');
    const pods = h.podsOf('all-succeed');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.creationTimestamp)]), [['Succeeded', 0], ['Succeeded', 0], ['Succeeded', 11], ['Succeeded', 11]], 'pods');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulCreate', 11], ['SuccessfulCreate', 11], ['Completed', 22]], 'job events');
    h.eq(h.events({ reason: 'Completed' })[0].message, 'Job completed', 'Completed message');
  },
};
