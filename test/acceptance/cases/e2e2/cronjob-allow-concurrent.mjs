// e2e ConformanceIt "should schedule multiple jobs concurrently": AllowConcurrent, "*/1 * * * ?", sleep 300. Jobs start at
// 1m and 2m (names <cronjob>-<minutes since epoch>, scheduled-timestamp annotation, controller ownerReference); at 2m30s
// both are running and both are in status.active (Job references); lastScheduleTime 2m; no lastSuccessfulTime.
export default {
  id: 'e2e2/cronjob-allow-concurrent',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should schedule multiple jobs concurrently" (waitForActiveJobs 2, filterActiveJobs >= 2); cronjob_controllerv2.go syncCronJob (AllowConcurrent, SuccessfulCreate "Created job %v", Active = append getRef), utils.go getJobFromTemplate2 (name, CronJobScheduledTimestampAnnotation)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m30s
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
        metadata: {annotations: {jobsim/duration: 300s}}
        spec:
          restartPolicy: OnFailure
          volumes: [{name: data, emptyDir: {}}]
          containers: [{name: c, image: busybox, command: [sleep, "300"], volumeMounts: [{mountPath: /data, name: data}]}]
`,
  check(r, h) {
    const cj = h.cronjob('concurrent');
    const jobs = h.jobsOf('concurrent');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], j.status.active, h.cond(j, 'Complete') ? 'done' : 'running']), [
      ['concurrent-29453761', 60, '2026-01-01T00:01:00Z', 1, 'running'], ['concurrent-29453762', 120, '2026-01-01T00:02:00Z', 1, 'running']], 'two jobs running at once');
    h.eq((cj.status.active ?? []).map((a) => [a.kind, a.apiVersion, a.namespace, a.name, a.uid === jobs.find((j) => j.metadata.name === a.name)?.metadata.uid]), [
      ['Job', 'batch/v1', 'default', 'concurrent-29453761', true], ['Job', 'batch/v1', 'default', 'concurrent-29453762', true]], 'status.active');
    h.eq([h.sec(cj.status.lastScheduleTime), cj.status.lastSuccessfulTime], [120, undefined], 'lastScheduleTime / lastSuccessfulTime');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp), e.source.component]), [
      ['Normal', 'SuccessfulCreate', 'Created job concurrent-29453761', 60, 'cronjob-controller'], ['Normal', 'SuccessfulCreate', 'Created job concurrent-29453762', 120, 'cronjob-controller']], 'cronjob events');
    h.eq(jobs.map((j) => (j.metadata.ownerReferences ?? []).map((o) => [o.kind, o.name, o.uid === cj.metadata.uid, o.controller, o.blockOwnerDeletion])), [
      [['CronJob', 'concurrent', true, true, true]], [['CronJob', 'concurrent', true, true, true]]], 'owner references');
  },
};
