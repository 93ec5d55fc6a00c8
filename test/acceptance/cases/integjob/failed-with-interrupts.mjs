// TestJobFailedWithInterrupts: 10/10 with backoffLimit 0; one pod fails and the nine others succeed while the Job
// controller is down; the restarted controller marks the Job Failed (BackoffLimitExceeded). The nine pods that
// succeeded are counted as succeeded (only pods not Succeeded are counted failed when the Job fails).
export default {
  id: 'integjob/failed-with-interrupts',
  source: 'test/integration/job/job_test.go TestJobFailedWithInterrupts (validateJobCondition JobFailed after the controller restart); job_controller.go trackJobStatusAndRemoveFinalizers (Succeeded pods counted succeeded); reference §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: interrupts}
spec:
  faults:
    - {at: 5s, controllerDown: job, for: 60s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fi}
spec:
  completions: 10
  parallelism: 10
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('fi');
    h.eq(pods.length, 10, 'pods created');
    h.eq(pods.map((p) => p.status.phase).sort(), ['Failed', ...Array(9).fill('Succeeded')], 'pod phases');
    const job = h.job('fi');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 65], ['Failed', 'BackoffLimitExceeded', 65]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active ?? 0, job.status.terminating, job.status.uncountedTerminatedPods], [1, 9, 0, 0, {}], '[failed, succeeded, active, terminating, uncounted]');
    h.eq(pods.filter((p) => (p.metadata.finalizers ?? []).length).length, 0, 'pods with finalizers');
  },
};
