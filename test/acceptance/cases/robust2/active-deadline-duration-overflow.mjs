// activeDeadlineSeconds is an int64 with no upper bound in validation, but the Job controller multiplies it
// into a time.Duration (int64 nanoseconds): pastActiveDeadline computes
// `time.Duration(*job.Spec.ActiveDeadlineSeconds) * time.Second`, which wraps for anything above
// 9223372036 s. 10^10 s * 10^9 wraps to -8446744073709551616 ns, so at the first sync (StartTime just set,
// duration 0 >= a negative allowance) the Job fails with DeadlineExceeded before creating any pod.
// (jobsim once ran the pod, and the Job completed after 10s.)
export default {
  id: 'robust2/active-deadline-duration-overflow',
  source: 'pkg/controller/job/job_controller.go syncJob (StartTime set, then `else if jm.pastActiveDeadline(&job)` -> DeadlineExceeded, "Job was active longer than specified deadline"; manageJob not called) and pastActiveDeadline (Duration overflow)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ov}
spec:
  activeDeadlineSeconds: 10000000000
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('ov');
    const c = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq(c.message, 'Job was active longer than specified deadline', 'message');
    h.eq(h.sec(c.lastTransitionTime), 0, 'failed at the first sync');
    h.eq(h.podsOf('ov').length, 0, 'no pod created');
    h.eq(h.events({ reason: 'DeadlineExceeded', name: 'ov' }).length, 1, 'DeadlineExceeded event');
  },
};
