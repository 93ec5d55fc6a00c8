// e2e "should not emit unexpected warnings": AllowConcurrent "*/1 * * * ?" with pods that finish at once. Over six
// slots the controller never records MissingJob or UnexpectedJob; its only events are SuccessfulCreate,
// SawCompletedJob and (past the default successfulJobsHistoryLimit 3) SuccessfulDelete of the oldest Job.
export default {
  id: 'upstreamtests/e2e-cronjob-no-unexpected-warnings',
  source: 'test/e2e/apps/cronjob.go "should not emit unexpected warnings" (no MissingJob / UnexpectedJob event); cronjob_controllerv2.go syncCronJob, cleanupFinishedJobs; defaults.go successfulJobsHistoryLimit 3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: w}
spec:
  duration: 6m30s
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
        metadata: {annotations: {jobsim/duration: 2s}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.filter((e) => e.type !== 'Normal').length, 0, 'no Warning event');
    h.eq(ev.filter((e) => ['MissingJob', 'UnexpectedJob'].includes(e.reason)).length, 0, 'no MissingJob/UnexpectedJob');
    h.eq([...new Set(ev.map((e) => e.reason))].sort(), ['SawCompletedJob', 'SuccessfulCreate', 'SuccessfulDelete'], 'reasons');
    h.eq(ev.filter((e) => e.reason === 'SuccessfulDelete').map((e) => e.message), ['Deleted job concurrent-29453761', 'Deleted job concurrent-29453762', 'Deleted job concurrent-29453763'], 'oldest Jobs deleted past the limit of 3');
    h.eq(h.of('Job').filter((j) => !j.metadata.deletionTimestamp).map((j) => j.metadata.name), ['concurrent-29453764', 'concurrent-29453765', 'concurrent-29453766'], 'three Jobs kept');
  },
};
