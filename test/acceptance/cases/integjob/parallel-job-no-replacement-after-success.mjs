// TestParallelJob ("Once one Pod succeeds, no more Pods are created, even if some fail"; "No more Pods are created after
// remaining Pods succeed"): a work-queue Job (parallelism 5, no completions): the first five pods fail and are
// replaced (after the back-off); once one succeeds, a failure is no longer replaced; the Job completes when none is active.
export default {
  id: 'integjob/parallel-job-no-replacement-after-success',
  source: 'test/integration/job/job_test.go TestParallelJob; job_controller.go manageJob (completions nil: wantActive = succeeded > 0 ? active : parallelism); reference §2.6, §15.11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: parallel}
spec:
  behaviors:
    - selector: {matchLabels: {app: pj}}
      duration: 10s
      exitCodes: [1, 1, 1, 1, 1, 0, 1, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: pj}
spec:
  parallelism: 5
  template:
    metadata: {labels: {app: pj}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pj');
    const job = h.job('pj');
    // all 5 first pods fail at 10s; back-off for 5 failures is 160s: replacements at 170s (attempts 6-10);
    // attempt 6 succeeds and 8-10 succeed too (the last code repeats), attempt 7 fails: no more pods after that.
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])), [
      [0, 'Failed'], [0, 'Failed'], [0, 'Failed'], [0, 'Failed'], [0, 'Failed'],
      [170, 'Failed'], [170, 'Succeeded'], [170, 'Succeeded'], [170, 'Succeeded'], [170, 'Succeeded'],
    ], 'pods [created, phase]');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0, job.status.terminating, job.status.ready], [6, 4, 0, 0, 0], '[failed, succeeded, active, terminating, ready]');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
