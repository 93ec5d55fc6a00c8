// The run's last schedule time is missed "only once its starting deadline has passed (without one it may
// yet start, and is not counted)". Four */10 CronJobs, the CronJob controller down from 25m to past the
// end of a 58m run: 00:30 and 00:40 are missed for good (a later time follows); 00:50 is the last time.
// Deadline 60s: 00:51 < 00:58, passed -> 3. 479s: 00:57:59 passed -> 3. 480s: expires exactly at the
// end (upstream starts a Job unless scheduledTime+deadline is before now) -> not passed -> 2. No deadline
// -> 2. Each ran 00:10 and 00:20 (complete 2).
const cj = (name, deadline) => `
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: ${name}}
spec:
  schedule: "*/10 * * * *"${deadline === undefined ? '' : `\n  startingDeadlineSeconds: ${deadline}`}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`;
export default {
  id: 'metrics2/cron-last-time-starting-deadline',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules ("the run\'s last time is missed only once its starting deadline has passed"); upstream cronjob controller getNextScheduleTime / tooLate (scheduledTime.Add(deadline).Before(now))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  duration: 58m
  faults:
    - {at: 25m, controllerDown: cronjob, for: 2h}
${cj('d60', 60)}${cj('d479', 479)}${cj('d480', 480)}${cj('none')}`,
  check(r, h) {
    const got = Object.fromEntries(Object.entries(r.metrics.cronJobs).map(([k, v]) => [k, [v.complete, v.missedSchedules]]));
    h.eq(got, { 'default/d479': [2, 3], 'default/d480': [2, 2], 'default/d60': [2, 3], 'default/none': [2, 2] }, '[complete, missedSchedules] per CronJob');
  },
};
