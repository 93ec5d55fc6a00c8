// e2e "should fail when exceeds active deadline": activeDeadlineSeconds 1 with never-ending pods: FailureTarget
// DeadlineExceeded at startTime+1s, both pods deleted (SuccessfulDelete) and counted failed, Failed once they have
// terminated; the Warning DeadlineExceeded event comes with Failed.
export default {
  id: 'e2e/active-deadline',
  source: 'test/e2e/apps/job.go "should fail when exceeds active deadline" (waitForJobCondition FailureTarget/DeadlineExceeded then Failed/DeadlineExceeded); job_controller.go pastActiveDeadline (>=); reference job-controller §2.4 step 5, §2.5, §2.8, §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: exceed-active-deadline}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  activeDeadlineSeconds: 1
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      containers: [{name: c, image: registry.k8s.io/pause:3.10}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('exceed-active-deadline');
    const m = 'Job was active longer than specified deadline';
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'DeadlineExceeded', m, 1], ['Failed', 'True', 'DeadlineExceeded', m, 2]], 'conditions');
    h.eq([job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating, job.status.completionTime], [2, 0, 0, 0, undefined], 'status');
    const pods = h.podsOf('exceed-active-deadline');
    h.eq(pods.map((p) => [h.sec(p.metadata.deletionTimestamp), p.status.phase]), [[31, 'Failed'], [31, 'Failed']], 'pods deleted at 1s (grace 30)');
    h.eq(h.events({ kind: 'Job' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 1], ['Normal', 'SuccessfulDelete', 1], ['Warning', 'DeadlineExceeded', 2]], 'events');
  },
};
