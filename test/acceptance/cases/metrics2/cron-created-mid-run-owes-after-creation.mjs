// A CronJob created during the run owes the times strictly after its creation (as the controller counts
// from creationTimestamp). CronJob controller down from 1s to 35m; */10 CronJobs created by the timeline:
// late at 15m (owes 00:20, 00:30: on the return at 00:35 only 00:30 is started: missed 1) and atslot at
// exactly 20m (00:20 is its creation instant, not owed: 00:30 started at 00:35: missed 0). Both then run
// 00:40 and 00:50 on time; 01:00 is the end. Each: complete 3, startDelay {300, 0.1, 0.1}.
const cj = (name, at) => `    - at: ${at}
      create:
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: ${name}}
        spec:
          schedule: "*/10 * * * *"
          jobTemplate:
            spec:
              template:
                metadata: {annotations: {jobsim/duration: "30s"}}
                spec:
                  restartPolicy: Never
                  containers: [{name: c, image: x}]
`;
export default {
  id: 'metrics2/cron-created-mid-run-owes-after-creation',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules (owed schedule times; only the most recent missed time is started after an outage); upstream cronjob utils mostRecentScheduleTime (earliest time = creationTimestamp)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tc1}
spec:
  duration: 1h
  faults:
    - {at: 1s, controllerDown: cronjob, for: 34m59s}
  timeline:
${cj('late', '15m')}${cj('atslot', '20m')}`,
  check(r, h) {
    for (const n of ['late', 'atslot']) h.eq(h.jobsOf(n).map((j) => h.sec(j.metadata.creationTimestamp)), [2100, 2400, 3000], `${n} Jobs created`);
    const c = r.metrics.cronJobs;
    h.eq([c['default/late'].complete, c['default/late'].missedSchedules, c['default/late'].startDelaySeconds], [3, 1, { p50: 0.1, p95: 300, max: 300 }], 'late');
    h.eq([c['default/atslot'].complete, c['default/atslot'].missedSchedules, c['default/atslot'].startDelaySeconds], [3, 0, { p50: 0.1, p95: 300, max: 300 }], 'atslot');
  },
};
