// Contract §1 `jobsim schedule "EXPR" --time-zone ZONE --from TIME --count N -o json`: an array of N RFC 3339
// UTC instants, strictly after --from, as robfig/cron v3.0.1 SpecSchedule.Next computes them in the zone,
// including its quirks at Lord Howe's 30-minute DST shifts (values checked against a Go port of
// SpecSchedule.Next with Go's tzdata); a CronJob with that schedule and timeZone starts exactly those.
import { spawnSync } from 'node:child_process';
const sched = (...a) => {
  const p = spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`jobsim schedule ${a.join(' ')}: exit ${p.status}: ${p.stderr.trim()}`);
  return p.stdout;
};
const LH = ['--time-zone', 'Australia/Lord_Howe', '-o', 'json'];
export default {
  id: 'contract/schedule-lord-howe',
  source: 'CONTRACT.md §1 jobsim schedule; robfig/cron v3.0.1 spec.go SpecSchedule.Next (hour loop adds 1h of absolute time, minute loop wraps at minute 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lh}
spec:
  start: "2026-10-01T13:30:00Z"
  duration: 4d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: lh}
spec:
  schedule: "45 1 * * *"
  timeZone: Australia/Lord_Howe
  successfulJobsHistoryLimit: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    const out = sched('45 1 * * *', ...LH, '--from', '2026-10-01T13:30:00Z', '--count', '4');
    h.eq(JSON.parse(out), ['2026-10-01T15:15:00Z', '2026-10-02T15:15:00Z', '2026-10-03T15:15:00Z', '2026-10-03T15:45:00Z'], '45 1: robfig also fires at 02:45+11:00 on the DST day');
    h.assert(/^\[\n  "/.test(out) && out.endsWith(']\n'), 'a JSON array on stdout');
    h.eq(JSON.parse(sched('0 2 * * *', ...LH, '--from', '2026-10-01T13:30:00Z', '--count', '4')), ['2026-10-01T15:30:00Z', '2026-10-02T15:30:00Z', '2026-10-04T15:00:00Z', '2026-10-05T15:00:00Z'], '0 2: 02:00 does not exist on Oct 4');
    h.eq(JSON.parse(sched('0 2 * * *', ...LH, '--from', '2026-04-03T13:00:00Z', '--count', '2')), ['2026-04-03T15:00:00Z', '2026-04-05T15:30:00Z'], '0 2: robfig skips Apr 5 02:00+10:30');
    h.eq(JSON.parse(sched('45 1 * * *', ...LH, '--from', '2026-04-03T13:00:00Z', '--count', '4')), ['2026-04-03T14:45:00Z', '2026-04-04T14:45:00Z', '2026-04-04T15:15:00Z', '2026-04-05T15:15:00Z'], '45 1: repeated half hour runs twice');
    h.eq(JSON.parse(sched('15 1 * * *', ...LH, '--from', '2026-04-03T13:00:00Z', '--count', '3')), ['2026-04-03T14:15:00Z', '2026-04-04T14:15:00Z', '2026-04-05T14:45:00Z'], '15 1: not in the repeated half hour, once');
    h.eq(JSON.parse(sched('0 * * * *', '--from', '2026-03-08T00:00:00-05:00', '--count', '7', '-o', 'json')).length, 7, '--count 7');
    h.eq(JSON.parse(sched('0 * * * *', '--from', '2026-03-08T00:00:00-05:00', '--count', '1', '-o', 'json')), ['2026-03-08T06:00:00Z'], '--from with an offset');
    const jobs = h.jobsOf('lh').map((j) => j.metadata.creationTimestamp);
    h.eq(jobs, ['2026-10-01T15:15:00Z', '2026-10-02T15:15:00Z', '2026-10-03T15:15:00Z', '2026-10-03T15:45:00Z', '2026-10-04T14:45:00Z'], 'the CronJob starts the same instants');
  },
};
