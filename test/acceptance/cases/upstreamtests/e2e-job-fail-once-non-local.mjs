// e2e "should run a job to completion when tasks sometimes fail and are not locally restarted": restartPolicy Never,
// the first pod fails once (exit 1), later pods succeed. The failed pod ends at the same instant as a succeeded
// one, so the back-off record counts no failure after the last success and both replacements are created at once.
export default {
  id: 'upstreamtests/e2e-job-fail-once-non-local',
  source: 'test/e2e/apps/job.go "should run a job to completion when tasks sometimes fail and are not locally restarted"; backoff_utils.go newBackoffRecord (failures strictly after the last success); reference job-controller §3.2, §15 item 2',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: fail-once-non-local}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 5s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fail-once-non-local');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]).sort(), [[0, 'Failed'], [0, 'Succeeded'], [12, 'Succeeded'], [6, 'Succeeded'], [6, 'Succeeded']].sort(), 'pods [created, phase]');
    const job = h.job('fail-once-non-local');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [4, 1, 18], 'succeeded, failed, completionTime');
  },
};
