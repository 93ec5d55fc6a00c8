// e2e ConformanceIt "should not schedule new jobs when ForbidConcurrent": "*/1 * * * ?" with pods sleeping 300s.
// Exactly one Job runs; every later slot while it runs gives JobAlreadyActive; lastScheduleTime stays at the first slot.
export default {
  id: 'upstreamtests/e2e-cronjob-forbid',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should not schedule new jobs when ForbidConcurrent" (Status.Active len 1, never 2); cronjob_controllerv2.go syncCronJob (Forbid: JobAlreadyActive, lastScheduleTime not advanced)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  duration: 4m30s
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
          containers: [{name: c, image: busybox:1.36, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => j.metadata.name), ['forbid-29453761'], 'one Job');
    const cj = h.cronjob('forbid');
    h.eq([(cj.status.active ?? []).map((a) => a.name), cj.status.lastScheduleTime], [['forbid-29453761'], '2026-01-01T00:01:00Z'], 'status');
    const msg = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp), e.reason === 'JobAlreadyActive' ? e.message === msg : true]), [
      ['Normal', 'SuccessfulCreate', 60, true], ['Normal', 'JobAlreadyActive', 120, true], ['Normal', 'JobAlreadyActive', 180, true], ['Normal', 'JobAlreadyActive', 240, true]], 'events');
  },
};
