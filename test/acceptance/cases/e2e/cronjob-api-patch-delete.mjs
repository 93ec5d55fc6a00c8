// e2e ConformanceIt "should support CronJob API operations": patched and updated annotations stay on the object; a
// delete (kubectl's background propagation, as the e2e's Delete) sets its deletionTimestamp and cascades to its Jobs.
export default {
  id: 'e2e/cronjob-api-patch-delete',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should support CronJob API operations" (patch annotation patched=true, update annotation updated=true, delete); garbagecollector (CronJob -> Jobs -> Pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
  timeline:
  - {at: 10s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {patched: "true"}}}}
  - {at: 20s, patch: {kind: CronJob, name: test-api, metadata: {annotations: {updated: "true"}}}}
  - {at: 150s, delete: {kind: CronJob, name: test-api}}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: test-api
  labels: {special-label: cronjob-1234}
spec:
  schedule: "* */1 * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1s}}
        spec:
          containers: [{name: c, image: busybox, command: [/bin/true]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('test-api');
    h.eq([cj.metadata.annotations?.patched, cj.metadata.annotations?.updated, cj.metadata.labels['special-label'], h.sec(cj.metadata.deletionTimestamp)], ['true', 'true', 'cronjob-1234', 150], 'annotations/label/deletion');
    h.eq(h.jobsOf('test-api').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [['test-api-29453761', 121], ['test-api-29453762', 150]], 'Jobs: history clean-up at 121s, cascade at 150s');
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) > 150).length, 0, 'no CronJob activity after its deletion');
  },
};
