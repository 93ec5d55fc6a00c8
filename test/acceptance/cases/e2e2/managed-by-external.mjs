// e2e "should allow to delegate reconciliation to external controller": spec.managedBy names another controller, so the
// built-in Job controller never syncs it: status stays empty (no startTime, no ready/terminating, no conditions), no
// pod is created and no event is recorded, for the whole run.
export default {
  id: 'e2e2/managed-by-external',
  source: 'test/e2e/apps/job.go "should allow to delegate reconciliation to external controller" (Consistently Status == JobStatus{}); job_controller.go syncJob / isManagedByBuiltIn (skip Jobs with a managedBy other than kubernetes.io/job-controller)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: {name: managed-by}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  managedBy: example.com/custom-job-controller
  template:
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, "exit 0"]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('managed-by');
    h.eq(job.status, {}, 'status untouched');
    h.eq(job.spec.managedBy, 'example.com/custom-job-controller', 'managedBy kept');
    h.eq(h.of('Pod').length, 0, 'no pods');
    h.eq(r.events.length, 0, 'no events');
  },
};
