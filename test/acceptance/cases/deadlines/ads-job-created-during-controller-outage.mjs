// status.startTime is set by the Job controller's first sync, not at creation: a Job created at 20s while the Job controller
// is down (10s-60s) gets startTime 60s (the relist at its return), its pod then, and activeDeadlineSeconds 30 counts from
// there: FailureTarget at 90s (the AddAfter re-sync), the running pod deleted and counted failed, Failed at 91s.
export default {
  id: 'deadlines/ads-job-created-during-controller-outage',
  source: 'pkg/controller/job/job_controller.go syncJob ("if job.Status.StartTime == nil && !jobSuspended(&job) { job.Status.StartTime = &now }"), pastActiveDeadline (clock.Since(StartTime)), queue.AddAfter(ADS - elapsed); reference job-controller §2.3, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 10s, controllerDown: job, for: 50s}
  timeline:
    - at: 20s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: late}
        spec:
          activeDeadlineSeconds: 30
          template:
            metadata:
              annotations: {jobsim/duration: "10m"}
            spec:
              containers: [{name: c, image: busybox}]
              restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('late');
    h.eq([h.sec(job.metadata.creationTimestamp), h.sec(job.status.startTime)], [20, 60], '[creation, startTime]');
    const pods = h.podsOf('late');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [60], 'pod creation');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 90], ['Failed', 'DeadlineExceeded', 91]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0], [1, 0], '[failed, succeeded]');
    h.eq(job.status.completionTime, undefined, 'no completionTime on a failed Job');
  },
};
