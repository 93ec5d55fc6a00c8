// Integration TestManagedBy "the Job controller does not reconcile an unsuspended with the custom value of managedBy"
// and "... a suspended with the custom value of managedBy": the built-in controller leaves the status empty
// (cmp.Diff(batchv1.JobStatus{}, status)), creates no pod and records no event, suspended or not; a Job with the
// well-known value kubernetes.io/job-controller is reconciled as usual.
export default {
  id: 'upstreamtests/managedby-external-not-reconciled',
  source: 'test/integration/job/job_test.go TestManagedBy (rows "does not reconcile an unsuspended/suspended with the custom value of managedBy", "reconciles jobs with the well known value of the managedBy field"); job_controller.go syncJob (!isJobManagedByController: return)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: {name: ext}
spec:
  suspend: false
  managedBy: example.com/custom-job-controller
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: ext-suspended}
spec:
  suspend: true
  managedBy: example.com/custom-job-controller
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: builtin}
spec:
  managedBy: kubernetes.io/job-controller
  template:
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const n of ['ext', 'ext-suspended']) {
      h.eq(h.job(n).status ?? {}, {}, `${n} status`);
      h.eq(h.podsOf(n).length, 0, `${n} pods`);
      h.eq(h.events({ kind: 'Job', name: n }).length, 0, `${n} events`);
    }
    const b = h.job('builtin');
    h.hasCond(b, 'Complete', 'CompletionsReached');
    h.eq([b.status.succeeded, h.sec(b.status.startTime)], [1, 0], 'builtin reconciled');
  },
};
