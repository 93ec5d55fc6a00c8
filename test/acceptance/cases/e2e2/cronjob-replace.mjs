// e2e ConformanceIt "should replace jobs when ReplaceConcurrent": the 1m Job sleeps 300s; at 2m the controller deletes it
// (background: the Job goes, the garbage collector deletes its pod) with SuccessfulDelete "Deleted job ...", then creates
// the 2m Job: exactly one live Job, and status.active names only the new one.
export default {
  id: 'e2e2/cronjob-replace',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should replace jobs when ReplaceConcurrent" (waitForActiveJobs 1, waitForJobReplaced: one alive Job with another name); cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: deleteJob for each active), deleteJob (SuccessfulDelete "Deleted job %v", background propagation)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: replace}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Replace
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
    const cj = h.cronjob('replace');
    const jobs = h.jobsOf('replace');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), h.sec(j.metadata.deletionTimestamp)]), [
      ['replace-29453761', 60, 120], ['replace-29453762', 120, undefined]], 'the first Job deleted at 2m, the second created');
    h.eq(h.podsOf('replace-29453761').map((p) => h.sec(p.metadata.deletionTimestamp)), [150], 'old pod deleted by the GC (grace 30s)');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 'Created job replace-29453761', 60], ['SuccessfulDelete', 'Deleted job replace-29453761', 120], ['SuccessfulCreate', 'Created job replace-29453762', 120]], 'cronjob events');
    h.eq([(cj.status.active ?? []).map((a) => a.name), h.sec(cj.status.lastScheduleTime)], [['replace-29453762'], 120], 'status');
  },
};
