// Job concept page, "Delegation of managing a Job object to external controller": with spec.managedBy set to another
// controller ("example.com/custom-controller"), the built-in Job controller skips the Job: no pods, no status written
// (not even startTime), no events.
export default {
  id: 'docsexamples/d38-managed-by-external',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#delegation-of-managing-a-job-object-to-external-controller; job_controller.go syncJob (isJobManagedByController); reference job §2.2 item 2',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: sample-job
spec:
  managedBy: example.com/custom-controller
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sample-job');
    h.eq([job.spec.managedBy, job.status], ['example.com/custom-controller', {}], 'untouched');
    h.eq([h.of('Pod').length, r.events.length], [0, 0], 'no pods, no events');
  },
};
