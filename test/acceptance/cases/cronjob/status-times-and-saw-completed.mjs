// lastScheduleTime is the nominal slot, lastSuccessfulTime the Job's completionTime; a finished Job leaves
// status.active with a SawCompletedJob event naming the condition.
export default {
  id: 'cronjob/status-times-and-saw-completed',
  source: 'reference cronjob-and-friends §2.6 a (SawCompletedJob "Saw completed job: <name>, condition: Complete", lastSuccessfulTime = completionTime), §2.6 n',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h30m
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "5m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('hourly');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T02:00:00Z', 'lastScheduleTime');
    const last = h.job('hourly-29453880');
    h.assert(h.cond(last, 'Complete'), 'last job complete');
    h.eq(cj.status.lastSuccessfulTime, last.status.completionTime, 'lastSuccessfulTime = completionTime of the newest success');
    h.near(h.sec(last.status.completionTime), 7200 + 300, 2, 'completion ~5m after the slot');
    h.eq(cj.status.active ?? [], [], 'no active Job at the end');
    const saw = h.events({ kind: 'CronJob', reason: 'SawCompletedJob' });
    h.eq(saw.map((e) => e.message), ['Saw completed job: hourly-29453820, condition: Complete', 'Saw completed job: hourly-29453880, condition: Complete'], 'SawCompletedJob messages');
    h.eq(saw.map((e) => e.firstTimestamp), [h.job('hourly-29453820').status.completionTime, last.status.completionTime], 'SawCompletedJob at the completion');
  },
};
