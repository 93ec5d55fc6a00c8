// e2e "should allow to use the pod failure policy to not count the failure towards the backoffLimit": backoffLimit 0,
// Ignore on exit code 1; the first attempt fails, is not counted, is replaced, and the Job completes with failed 0.
export default {
  id: 'e2e/pfp-ignore',
  source: 'test/e2e/apps/job.go "should allow to use the pod failure policy to not count the failure towards the backoffLimit" (SuccessCriteriaMet, WaitForJobComplete); reference job-controller §5 Ignore (not counted in status.failed nor toward backoffLimit), §2.6 step 5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pod-failure-ignore}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [1]}
  template:
    metadata: {annotations: {jobsim/duration: 2s, jobsim/exit-codes: "1,0"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pod-failure-ignore');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'],
      ['Complete', 'CompletionsReached', 'Reached expected number of succeeded pods']], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0], [4, 0, 0], 'succeeded/failed/active');
    const pods = h.podsOf('pod-failure-ignore');
    h.eq(pods.map((p) => p.status.phase).sort(), ['Failed', 'Succeeded', 'Succeeded', 'Succeeded', 'Succeeded'], 'one ignored failure, four successes');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).length, 0, 'no warning');
  },
};
