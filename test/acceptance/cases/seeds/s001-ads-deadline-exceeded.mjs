// Seed 001 "activeDeadlineSeconds: 300 -> Max time allowed for run" (with backoffLimit 5), on the seed's own Job
// whose pod would run 10 minutes: at exactly +300s (>= from startTime) FailureTarget DeadlineExceeded, the running
// pod is deleted and counted failed; Failed (and the Warning event) once it has terminated, +301s.
export default {
  id: 'seeds/s001-ads-deadline-exceeded',
  source: 'job_controller.go pastActiveDeadline (>=), syncJob AddAfter(ADS - elapsed), newFailedConditionForFailureTarget; reference job §2.4 step 5, §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 300
  template:
    metadata:
      annotations:
        jobsim/duration: "10m"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 300],
      ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 301]], 'conditions');
    h.eq([job.status.failed, job.status.completionTime], [1, undefined], 'the killed pod counts as failed');
    const pod = h.podsOf('data-processing-job')[0];
    const t = pod.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt), pod.status.phase], [143, 'Error', 300, 'Failed'], 'pod stopped at the deadline');
    h.eq(h.events({ kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [
      [0, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`],
      [300, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`],
      [301, 'Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline']], 'Job events');
  },
};
