// TestSuspendJob "feature=false,create=false,update=true": parallelism 2, completions 4, created running then suspended:
// wantActive 0, Suspended=True, job-controller event "Suspended". Pods removed by suspension are not counted as failed.
export default {
  id: 'integjob/suspend-running-job',
  source: 'test/integration/job/job_test.go TestSuspendJob (create=false, update=true: wantActive 0, Suspended True, event reason "Suspended"); job_controller.go manageJob (suspend deletes pods after removing the finalizer); reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: suspend}
spec:
  duration: 5m
  timeline:
    - {at: 20s, patch: {kind: Job, name: su, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: su}
spec:
  parallelism: 2
  completions: 4
  suspend: false
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('su');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 20]], 'conditions');
    h.eq([job.status.active ?? 0, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.status.succeeded ?? 0], [0, 0, 0, 0, 0], '[active, ready, terminating, failed, succeeded]');
    h.eq(h.events({ kind: 'Job', name: 'su', reason: 'Suspended' }).map((e) => [e.type, e.message, e.source.component, h.sec(e.firstTimestamp)]), [['Normal', 'Job suspended', 'job-controller', 20]], 'Suspended event');
    const pods = h.podsOf('su');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.finalizers ?? [], p.metadata.deletionTimestamp !== undefined]), [[0, [], true], [0, [], true]], 'pods [created, finalizers, deleted]');
  },
};
