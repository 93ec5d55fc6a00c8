// Allow with overlapping Jobs finishing out of order: the 00:20 Job (5m, after a template patch) completes before the
// 00:10 one (25m). Only the finished Job leaves status.active (the older stays, by uid), SawCompletedJob names it,
// lastSuccessfulTime is its completionTime; later the older one's later completion moves lastSuccessfulTime on.
export default {
  id: 'cronsync/allow-newer-finishes-first',
  source: 'cronjob_controllerv2.go syncCronJob (per listed Job: IsJobFinished && inActiveList -> deleteFromActiveList(uid), SawCompletedJob; LastSuccessfulTime = max(CompletionTime)); utils.go deleteFromActiveList',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 38m
  timeline:
  - { at: 15m, patch: { kind: CronJob, name: cj, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { jobsim/duration: 5m } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "25m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob', reason: 'SawCompletedJob' });
    h.eq(ev.map((e) => [e.firstTimestamp, e.message]).slice(0, 1), [['2026-01-01T00:25:01Z', 'Saw completed job: cj-29453780, condition: Complete']], 'the newer Job is seen completed first');
    h.eq(ev.map((e) => e.message).sort(), ['Saw completed job: cj-29453770, condition: Complete', 'Saw completed job: cj-29453780, condition: Complete', 'Saw completed job: cj-29453790, condition: Complete'], 'all three seen');
    const st = h.cronjob('cj').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active], ['2026-01-01T00:30:00Z', '2026-01-01T00:35:01Z', undefined], 'status at the end');
    h.eq(h.job('cj-29453770').status.completionTime, '2026-01-01T00:35:01Z', 'older Job completion');
  },
};
