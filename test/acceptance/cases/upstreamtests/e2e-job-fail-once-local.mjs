// e2e "should run a job to completion when tasks sometimes fail and are locally restarted" (Conformance): restartPolicy
// OnFailure, one container run exits 1 and is restarted in place by the kubelet. Container restarts are not pod
// failures: status.failed stays 0, and 1 restart < backoffLimit 6 does not fail the Job.
export default {
  id: 'upstreamtests/e2e-job-fail-once-local',
  source: 'test/e2e/apps/job.go ConformanceIt "should run a job to completion when tasks sometimes fail and are locally restarted"; job_controller.go pastBackoffLimitOnFailure (restarts >= backoffLimit); reference job-controller §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fail-once-local}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 5s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('fail-once-local');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.noCond(job, 'FailureTarget');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [4, 0], 'succeeded, failed');
    const pods = h.podsOf('fail-once-local');
    h.eq(pods.length, 4, 'no pod replaced');
    h.eq(pods.every((p) => p.status.phase === 'Succeeded'), true, 'every pod Succeeded');
    h.eq(pods.reduce((n, p) => n + p.status.containerStatuses[0].restartCount, 0), 1, 'one container restart in all');
  },
};
