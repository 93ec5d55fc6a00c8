// Integration TestParallelJobWithCompletions (scaled to the simulator): parallelism 54, completions 56; two pods fail
// and are replaced; pods are created until succeeded equals completions; final Failed 2, Succeeded 56, Complete.
// The two failures finish at the same instant as 52 successes, so they add no back-off.
export default {
  id: 'upstreamtests/integration-parallel-job-with-completions',
  source: 'test/integration/job/job_test.go TestParallelJobWithCompletions (Active 54; "Failed Pods are replaced"; "Pods are created until the number of succeeded Pods equals completions"; Failed 2, Succeeded 56); job_controller.go manageJob wantActive = min(completions - succeeded, parallelism)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: completions}
spec:
  parallelism: 54
  completions: 56
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('completions');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [2, 56, 22], 'final');
    const created = h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp));
    h.eq([created.filter((t) => t === 0).length, created.filter((t) => t === 11).length, created.length], [54, 4, 58], 'creations: 54 at start, 4 (= 56 - 52) at 11s');
  },
};
