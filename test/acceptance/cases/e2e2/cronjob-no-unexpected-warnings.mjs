// e2e "should not emit unexpected warnings": AllowConcurrent, busybox without command (exits at once, 10s here). Two Jobs
// (1m, 2m) each complete 11s later; the CronJob sees each (SawCompletedJob) and records no MissingJob, UnexpectedJob or
// any Warning; lastSuccessfulTime is the completion time of the latest Job.
export default {
  id: 'e2e2/cronjob-no-unexpected-warnings',
  source: 'test/e2e/apps/cronjob.go "should not emit unexpected warnings" (waitForJobsAtLeast 2, waitForAnyFinishedJob, no MissingJob/UnexpectedJob event); cronjob_controllerv2.go syncCronJob (SawCompletedJob "Saw completed job: %s, condition: %v", LastSuccessfulTime from CompletionTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: concurrent}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Allow
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const cj = h.cronjob('concurrent');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulCreate', 'Created job concurrent-29453761', 60],
      ['Normal', 'SawCompletedJob', 'Saw completed job: concurrent-29453761, condition: Complete', 71],
      ['Normal', 'SuccessfulCreate', 'Created job concurrent-29453762', 120],
      ['Normal', 'SawCompletedJob', 'Saw completed job: concurrent-29453762, condition: Complete', 131]], 'cronjob events');
    h.eq(h.events({ type: 'Warning' }).length, 0, 'no warning at all');
    h.eq([cj.status.active ?? [], h.sec(cj.status.lastScheduleTime), h.sec(cj.status.lastSuccessfulTime)], [[], 120, 131], 'status');
    h.eq(h.jobsOf('concurrent').map((j) => [j.metadata.name, h.cond(j, 'Complete')?.reason]), [['concurrent-29453761', 'CompletionsReached'], ['concurrent-29453762', 'CompletionsReached']], 'both jobs complete and kept');
  },
};
