// missedSchedules, startDelaySeconds and finishedAfterScheduleSeconds after a CronJob controller outage:
// */10 CronJob (30s pods), controller down 5m..45m of a 1h run. Slots 00:10, 00:20, 00:30, 00:40 fall in
// the outage; on its return (00:45:00) only the most recent, 00:40, is started (created 00:45:00, 300s
// late); 00:10..00:30 are missed for good (3); 00:50 runs on time (created 00:50:00.1); 01:00 is the
// run's last instant (may yet start: not counted). startDelay {300, 0.1} -> p50 0.1, p95/max 300;
// finishedAfter {331, 31.1}; jobs.durationSeconds 31 (from creation); lastFinishedAt 3031.1.
export default {
  id: 'metrics2/cron-outage-missed-and-start-delay',
  source: 'README metrics table: cronJobs["NS/NAME"].missedSchedules, .startDelaySeconds, .finishedAfterScheduleSeconds; README "What is simulated" Outages (only the latest missed run started)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m1}
spec:
  duration: 1h
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  faults:
    - {at: 5m, controllerDown: cronjob, for: 40m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const jobs = h.jobsOf('c');
    h.eq(jobs.map((j) => [h.sec(j.metadata.creationTimestamp), j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]),
      [[2700, '2026-01-01T00:40:00Z'], [3000, '2026-01-01T00:50:00Z']], 'Jobs (creation, scheduled time)');
    h.eq(r.metrics.cronJobs, {
      'default/c': {
        complete: 2, failed: 0, missedSchedules: 3,
        startDelaySeconds: { p50: 0.1, p95: 300, max: 300 },
        finishedAfterScheduleSeconds: { p50: 31.1, p95: 331, p99: 331, max: 331 },
      },
    }, 'cronJobs');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 31, p95: 31, p99: 31, max: 31 }, 'durations from creation');
    h.eq(r.metrics.jobs.lastFinishedAt, 3031.1, 'lastFinishedAt');
  },
};
