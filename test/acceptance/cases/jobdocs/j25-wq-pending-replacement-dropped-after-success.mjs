// Fine parallel processing page / concept page, work queue Jobs: "when any Pod from the Job terminates with success, no
// new Pods are created" - also a replacement already owed. Worker A fails at 10s, its replacement is due after the 10s
// back-off (about 20s); worker B succeeds at 17s first: the sync at 18s wants no more pods (wantActive = active = 0)
// and completes the Job: no third pod, succeeded 1, failed 1, completionTime 18s.
export default {
  id: 'jobdocs/j25-wq-pending-replacement-dropped-after-success',
  source: 'kubernetes.io/docs/tasks/job/fine-parallel-processing-work-queue/; job_controller.go manageJob (Completions == nil: wantActive = active once succeeded > 0), syncJob (complete = succeeded > 0 && active == 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: wq-drop }
spec:
  seed: 3
  behaviors:
  - selector: { matchLabels: { job-name: wq } }
    duration: { uniform: [10s, 30s] }
    exitCodes: [1, 0]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: wq
spec:
  parallelism: 2
  template:
    metadata:
      name: wq
    spec:
      containers:
      - name: c
        image: gcr.io/myproject/job-wq-2
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    h.eq(pods.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]).sort(), [['Failed', 1, 10], ['Succeeded', 0, 17]], 'only the two workers');
    const job = h.job('wq');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, 1, 18], 'status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
