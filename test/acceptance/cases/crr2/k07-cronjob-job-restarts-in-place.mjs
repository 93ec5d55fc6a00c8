// A CronJob's Job whose container restarts on exit 42 (rule) then exits 0: the Job completes at 21s after the
// schedule (restart at 10s), one pod; the CronJob records lastSuccessfulTime at the Job's completion time.
export default {
  id: 'crr2/cronjob-job-restarts-in-place',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go (lastSuccessfulTime = job completionTime); ContainerShouldRestart',
  args: ['--duration', '90s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "42,0"}}
        spec:
          restartPolicy: Never
          containers:
          - name: c
            image: busybox:1.36
            restartPolicy: Never
            restartPolicyRules:
            - {action: Restart, exitCodes: {operator: In, values: [42]}}
`,
  check(r, h) {
    const jobs = h.jobsOf('cj');
    h.eq(jobs.length, 1, 'one Job');
    const j = jobs[0];
    h.eq([h.sec(j.status.startTime), h.sec(j.status.completionTime), j.status.succeeded], [60, 81, 1], 'Job');
    h.eq(h.podsOf(j.metadata.name).map((p) => p.status.containerStatuses[0].restartCount), [1], 'one pod, restarted once');
    h.eq(h.sec(h.cronjob('cj').status.lastSuccessfulTime), 81, 'lastSuccessfulTime');
  },
};
