// TestParallelJobWithCompletions ("Failed Pods are replaced"; "Pods are created until the number of succeeded Pods
// equals completions") / validateExpotentialBackoffDelay: 4 completions, parallelism 2; in each round one pod fails and
// one succeeds in the same second (10s, then 21s). A failure that did not finish after the last success does not count
// towards the back-off (finish times have second precision), so each round's replacements are created in the very next
// sync (11s, 22s) without waiting 10s. Complete at 33s with failed 2, succeeded 4.
export default {
  id: 'integjob2/backoff-failure-same-second-as-success',
  source: 'test/integration/job/job_test.go TestParallelJobWithCompletions, validateExpotentialBackoffDelay (FinishedAt vs creationTimestamp); backoff_utils.go newBackoffRecord (failures counted only if failedTime.After(lastSuccessTime)), getFinishedTime',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pc}
spec:
  completions: 4
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0,1,0", jobsim/duration: 10s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pc');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])), [
      [0, 'Failed'], [0, 'Succeeded'], [11, 'Failed'], [11, 'Succeeded'], [22, 'Succeeded'], [22, 'Succeeded'],
    ], 'pods [created, phase]');
    const job = h.job('pc');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [2, 4, 33], '[failed, succeeded, completionTime]');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
