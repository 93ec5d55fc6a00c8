// More than 100 (approximately counted) missed slots: Warning TooManyMissedTimes, and the most recent slot still runs.
export default {
  id: 'cronjob/too-many-missed-still-runs',
  source: 'reference cronjob-and-friends §2.4 (TooManyMissedTimes "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew"; n > 100), §8.1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h43m
  faults:
  - { at: 1m30s, controllerDown: cronjob, for: 101m }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: every
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // lastScheduleTime 00:01, back at 01:42:30: t1 = 00:02, elapsed 100m30s -> n = 101 > 100
    const w = h.events({ kind: 'CronJob', reason: 'TooManyMissedTimes' });
    h.eq(w.map((e) => [e.type, h.sec(e.firstTimestamp), e.message]), [['Warning', 6150, 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew']], 'one TooManyMissedTimes warning at the restart');
    const late = h.job('every-29453862');
    h.eq(h.sec(late.metadata.creationTimestamp), 6150, '01:42 slot Job created at the restart');
    h.eq(h.jobsOf('every').map((j) => j.metadata.name), ['every-29453761', 'every-29453862'], 'only 00:01 and 01:42 (run ends before 01:43)');
  },
};
