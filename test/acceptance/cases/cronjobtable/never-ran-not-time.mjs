// TestControllerV2SyncCronJob rows "never ran, not time, A|F|R": a CronJob created at 09:59 with an hourly schedule
// creates nothing at its first sync and is requeued 1m0.1s later (expectedRequeueDuration 1*time.Minute +
// nextScheduleDelta), so its first Job is the 10:00 one, created at 10:00:00, whatever the concurrency policy.
const cj = (ns, policy) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: ${policy}
  jobTemplate:
    metadata: {labels: {a: b}, annotations: {x: "y"}}
    spec:
      parallelism: 1
      completions: 1
      template:
        metadata: {labels: {foo: bar}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/never-ran-not-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "never ran, not time, A", "never ran, not time, F", "never ran, not time, R" (no create, expectedRequeueDuration 1m + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 30m
${cj('ns-a', 'Allow')}${cj('ns-f', 'Forbid')}${cj('ns-r', 'Replace')}`,
  check(r, h) {
    for (const ns of ['ns-a', 'ns-f', 'ns-r']) {
      const jobs = h.of('Job').filter((j) => j.metadata.namespace === ns);
      h.eq(jobs.map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [['mycronjob-24394200', '2016-05-19T10:00:00Z']], `${ns}: only the 10:00 Job, created at 10:00:00`);
      const ev = r.events.filter((e) => e.involvedObject.kind === 'CronJob' && e.involvedObject.namespace === ns);
      h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
        ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
        ['2016-05-19T10:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ], `${ns}: events (nothing at 09:59)`);
      const st = h.cronjob('mycronjob', ns).status;
      h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T10:00:00Z', '2016-05-19T10:00:11Z', []], `${ns}: status`);
    }
  },
};
