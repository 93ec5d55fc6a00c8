// Job concept page, "Job termination and cleanup", pi-with-timeout (activeDeadlineSeconds 100, backoffLimit 5): "Once a
// Job reaches activeDeadlineSeconds, all of its running Pods are terminated and the Job status will become type: Failed
// with reason: DeadlineExceeded". A 200s pod: FailureTarget at 100s, the pod deleted (SIGTERM, 143), counted as failed,
// Failed once it has terminated (the pod update is batched 1s: 101s), with the DeadlineExceeded warning then.
export default {
  id: 'docsexamples/d04-pi-with-timeout-running',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup; job_controller.go pastActiveDeadline, enactJobFinished (terminating == 0); reference job §2.4 step 5, §2.5, §2.8, §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-with-timeout
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 100
  template:
    metadata:
      annotations:
        jobsim/duration: "200s"
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pi-with-timeout');
    const msg = 'Job was active longer than specified deadline';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', msg, 100], ['Failed', 'DeadlineExceeded', msg, 101]], 'conditions');
    const pods = h.podsOf('pi-with-timeout');
    h.eq(pods.length, 1, 'one pod');
    h.eq([pods[0].status.phase, h.exitCodeOf(pods[0])], ['Failed', 143], 'pod terminated by SIGTERM');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating, job.status.completionTime], [1, 0, 0, undefined], 'status');
    h.eq(h.events({ kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'SuccessfulCreate', `Created pod: ${pods[0].metadata.name}`],
      [100, 'SuccessfulDelete', `Deleted pod: ${pods[0].metadata.name}`],
      [101, 'DeadlineExceeded', msg]], 'Job events');
  },
};
