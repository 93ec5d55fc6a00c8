// e2e ConformanceIt "should replace jobs when ReplaceConcurrent": "*/1 * * * ?" with pods sleeping 300s; at each slot
// the running Job is deleted (SuccessfulDelete "Deleted job <name>", Background) before the next one is created, so
// exactly one Job is active and the first one is gone (waitForJobReplaced).
export default {
  id: 'upstreamtests/e2e-cronjob-replace',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should replace jobs when ReplaceConcurrent" (Status.Active len 1, waitForJobReplaced); cronjob_controllerv2.go syncCronJob (Replace: deleteJob then create)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: r}
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
          containers: [{name: c, image: busybox:1.36, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('replace');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['replace-29453762'], 'one active Job, the newer one');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [
      ['SuccessfulCreate', 'Created job replace-29453761', 60],
      ['SuccessfulDelete', 'Deleted job replace-29453761', 120],
      ['SuccessfulCreate', 'Created job replace-29453762', 120]], 'events');
    h.eq(h.sec(h.job('replace-29453761').metadata.deletionTimestamp), 120, 'first Job deleted at the second slot');
    h.eq(h.podsOf('replace-29453761').map((p) => h.sec(p.metadata.deletionTimestamp) >= 120), [true], 'its pod deleted by the garbage collector');
  },
};
