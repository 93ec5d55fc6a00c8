// missedSchedules counts only times the CronJob owed ("neither suspended nor being deleted then, under the
// schedule it had then"). 1h run, three */10 CronJobs (30s pods): s suspended at 15m, resumed at 45m: the
// controller then starts the most recent time, 00:40 (from the suspension, 300s late), then 00:50; 00:20
// and 00:30 were not owed: missed 0, startDelay {0.1, 300, 0.1}. d deleted at 25m: ran 00:10, 00:20,
// nothing owed after: missed 0, still listed with its 2 Jobs (deleted with it). r's schedule patched to
// */20 at 22m: ran 00:10, 00:20, 00:40 (00:30 is no time of */20): missed 0. 01:00 is the end.
const cj = (name) => `
---
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
  id: 'metrics2/cron-owed-only-when-active',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules (owed times only), .complete/.failed (listed once one of its Jobs finished), .startDelaySeconds',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m3}
spec:
  duration: 1h
  timeline:
    - {at: 15m, patch: {kind: CronJob, name: s, spec: {suspend: true}}}
    - {at: 45m, patch: {kind: CronJob, name: s, spec: {suspend: false}}}
    - {at: 25m, delete: {kind: CronJob, name: d}}
    - {at: 22m, patch: {kind: CronJob, name: r, spec: {schedule: "*/20 * * * *"}}}
${cj('s')}${cj('d')}${cj('r')}`,
  check(r, h) {
    const c = r.metrics.cronJobs;
    h.eq(Object.keys(c), ['default/d', 'default/r', 'default/s'], 'listed');
    h.eq(h.jobsOf('s').map((j) => h.sec(j.metadata.creationTimestamp)), [600, 2700, 3000], 's Jobs created');
    h.eq([c['default/s'].complete, c['default/s'].missedSchedules, c['default/s'].startDelaySeconds], [3, 0, { p50: 0.1, p95: 300, max: 300 }], 's');
    h.eq([c['default/d'].complete, c['default/d'].missedSchedules], [2, 0], 'd');
    h.eq(h.jobsOf('r').map((j) => h.sec(j.metadata.creationTimestamp)), [600, 1200, 2400], 'r Jobs created');
    h.eq([c['default/r'].complete, c['default/r'].missedSchedules], [3, 0], 'r');
    h.eq(r.metrics.jobs.complete, 8, 'jobs.complete');
  },
};
