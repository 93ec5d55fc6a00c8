// startTime has second precision as the API server stores it: a Job created suspended with activeDeadlineSeconds 30 and
// resumed at 45.5s gets startTime 00:00:45; the deadline counts from that stored value (the batched pod sync at 46.5s reads it
// back and queues the re-sync at 45 + 30 = 75s): FailureTarget at 75s, Failed at 76s. In the resume sync manageJob runs
// first, so SuccessfulCreate is recorded before Resumed.
export default {
  id: 'deadlines/ads-resume-subsecond',
  source: 'pkg/controller/job/job_controller.go syncJob (resume: StartTime = now; AddAfter(ADS - clock.Since(StartTime)) from the informer copy, whose metav1.Time is RFC 3339 seconds), pastActiveDeadline, manageJob before the Suspended/Resumed condition block; reference job-controller §8, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - {at: 45500ms, patch: {kind: Job, name: r, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  suspend: true
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('r');
    h.eq(h.sec(job.status.startTime), 45, 'startTime');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 45], ['FailureTarget', 'True', 'DeadlineExceeded', 75], ['Failed', 'True', 'DeadlineExceeded', 76]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'r' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [
      ['Suspended', 0], ['SuccessfulCreate', 45], ['Resumed', 45], ['SuccessfulDelete', 75], ['DeadlineExceeded', 76]], 'Job events');
  },
};
