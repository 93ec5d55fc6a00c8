// e2e "should remove pods when job is deleted" / ConformanceIt "should delete a job": deleting a running Job
// (kubectl's Background propagation) removes the Job at once and the garbage collector deletes its pods; the Job
// controller neither replaces them nor records any event after the deletion.
export default {
  id: 'upstreamtests/e2e-job-deleted-removes-pods',
  source: 'test/e2e/apps/job.go "should remove pods when job is deleted", ConformanceIt "should delete a job" (DeleteResourceAndWaitForGC, WaitForAllJobPodsGone); garbagecollector (dependents of a deleted owner); job_controller.go syncJob (NotFound: forget)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  timeline:
  - {at: 30s, delete: {kind: Job, name: all-pods-removed}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: all-pods-removed}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 300s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('all-pods-removed').metadata.deletionTimestamp), 30, 'Job deleted at 30s');
    const pods = h.podsOf('all-pods-removed');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp) >= 30, p.status.phase]), [[0, true, 'Failed'], [0, true, 'Failed']], 'both pods deleted, none created after');
    h.eq(h.events({ kind: 'Job' }).filter((e) => h.sec(e.firstTimestamp) >= 30).length, 0, 'no Job event after the deletion');
  },
};
