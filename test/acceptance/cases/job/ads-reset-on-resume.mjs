// activeDeadlineSeconds counts from the resume: ADS 50, suspended 20s-40s, the deadline is 40+50 = 90s (not 50s).
export default {
  id: 'job/ads-reset-on-resume',
  source: 'job_controller.go syncJob (resume resets StartTime; "ActiveDeadlineSeconds is interpreted as the number of seconds a Job is continuously active"); reference §8, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s5}
spec:
  timeline:
    - { at: 20s, patch: { kind: Job, name: ar, spec: { suspend: true } } }
    - { at: 40s, patch: { kind: Job, name: ar, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ar
spec:
  activeDeadlineSeconds: 50
  template:
    metadata:
      annotations:
        jobsim/duration: "200s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ar');
    h.eq(h.sec(job.status.startTime), 40, 'startTime');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 90, 'FailureTarget time');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'DeadlineExceeded').lastTransitionTime), 91, 'Failed time');
    h.eq(job.status.failed, 1, 'only the pod killed by the deadline counts');
    const s = job.status.conditions.find((c) => c.type === 'Suspended');
    h.eq([s.status, s.reason, h.sec(s.lastTransitionTime)], ['False', 'JobResumed', 40], 'Suspended condition after resume');
  },
};
