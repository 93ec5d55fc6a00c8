// Historic standard-offset changes: Europe/Moscow 2014-10-26 (+04→+03, 01:00-02:00 repeated: "30 1" twice), Europe/Moscow 2011-03-27 (+03→+04, "30 2" skipped), Asia/Pyongyang 2015-08-15 (+09→+08:30: robfig skips that day's 00:00), Pacific/Apia 2011 (Dec 30 does not exist: "0 12 * * *" goes from Dec 29 to Dec 31).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/historic-offset-changes',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (values from robfig v3.0.1 on Go tzdata; Node ICU and Go tzdata agree on these zones)",
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(sched("30 1 * * *", "--time-zone", "Europe/Moscow", "--from", "2014-10-25T00:00:00Z", "--count", "3", "-o", "json"), ["2014-10-25T21:30:00Z","2014-10-25T22:30:00Z","2014-10-26T22:30:00Z"], "Moscow 2014 repeat");
    h.eq(sched("30 2 * * *", "--time-zone", "Europe/Moscow", "--from", "2011-03-26T00:00:00Z", "--count", "2", "-o", "json"), ["2011-03-27T22:30:00Z","2011-03-28T22:30:00Z"], "Moscow 2011 gap");
    h.eq(sched("0 0 * * *", "--time-zone", "Asia/Pyongyang", "--from", "2015-08-13T00:00:00Z", "--count", "3", "-o", "json"), ["2015-08-13T15:00:00Z","2015-08-15T15:30:00Z","2015-08-16T15:30:00Z"], "Pyongyang 2015");
    h.eq(sched("0 12 * * *", "--time-zone", "Pacific/Apia", "--from", "2011-12-28T00:00:00Z", "--count", "3", "-o", "json"), ["2011-12-28T22:00:00Z","2011-12-29T22:00:00Z","2011-12-30T22:00:00Z"], "Apia skips Dec 30 2011");
  },
};
