// e2e ConformanceIt "should not schedule new jobs when ForbidConcurrent": the 1m Job sleeps 300s; at each later slot (2m-6m)
// the controller records JobAlreadyActive and starts nothing (status.active stays 1). The first Job completes at 6m01s;
// the CronJob sees it (SawCompletedJob, lastSuccessfulTime) and starts the still-unmet 6m slot late, at 6m01s.
export default {
  id: 'e2e2/cronjob-forbid',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should not schedule new jobs when ForbidConcurrent" (waitForActiveJobs 1, Status.Active HaveLen 1, never 2 active); cronjob_controllerv2.go syncCronJob (ForbidConcurrent && len(Active) > 0: JobAlreadyActive event, requeue; SawCompletedJob), utils.go mostRecentScheduleTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 6m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: forbid}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 300s}}
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [sleep, "300"]}]
`,
  check(r, h) {
    const cj = h.cronjob('forbid');
    const jobs = h.jobsOf('forbid');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], h.sec(j.status.completionTime)]), [
      ['forbid-29453761', 60, '2026-01-01T00:01:00Z', 361], ['forbid-29453766', 361, '2026-01-01T00:06:00Z', undefined]], 'jobs');
    const forbidMsg = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 'Created job forbid-29453761', 60],
      ['JobAlreadyActive', forbidMsg, 120], ['JobAlreadyActive', forbidMsg, 180], ['JobAlreadyActive', forbidMsg, 240], ['JobAlreadyActive', forbidMsg, 300], ['JobAlreadyActive', forbidMsg, 360],
      ['SawCompletedJob', 'Saw completed job: forbid-29453761, condition: Complete', 361],
      ['SuccessfulCreate', 'Created job forbid-29453766', 361]], 'cronjob events');
    h.eq([(cj.status.active ?? []).map((a) => a.name), h.sec(cj.status.lastScheduleTime), h.sec(cj.status.lastSuccessfulTime)], [['forbid-29453766'], 360, 361], 'status');
  },
};
