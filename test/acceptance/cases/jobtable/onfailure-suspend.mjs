// TestJobBackoffForOnFailure row "suspending a job": OnFailure pods that have restarted (restart counts
// [1, 1], under backoffLimit 6) are deleted when the Job is suspended, not counted as failed: active 0,
// failed 0, Suspended=True, and no failure condition later.
export default {
  id: 'jobtable/onfailure-suspend',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "suspending a job"; job_controller.go manageJob (suspend: deleteJobPods removes the finalizer first); reference §8, §15 item 4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ofs}
spec:
  duration: 2m
  timeline:
  - {at: 15s, patch: {kind: Job, name: ofs, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ofs}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ofs');
    h.eq(pods.map((p) => [p.status.containerStatuses[0].restartCount, h.sec(p.metadata.deletionTimestamp)]), [[1, 45], [1, 45]], 'pods [restarts, deletionTimestamp]');
    const job = h.job('ofs');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded ?? 0, job.status.terminating], [0, 0, 0, 0], '[active, failed, succeeded, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 15]], 'conditions');
  },
};
