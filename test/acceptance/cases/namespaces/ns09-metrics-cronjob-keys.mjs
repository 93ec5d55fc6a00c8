// metrics.cronJobs is keyed "NS/NAME": two CronJobs named cj in a and b give two entries, each with its own counts;
// a Job of b fails (exit 1, backoffLimit 0) while a's complete.
const cj = (ns, codes) => `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj, namespace: ${ns}}
spec:
  schedule: "*/2 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 0
      template:
        metadata: {annotations: {jobsim/exit-codes: "${codes}"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'namespaces/ns09-metrics-cronjob-keys',
  source: 'README metrics table (cronJobs["NS/NAME"].{complete,failed}, startDelaySeconds)',
  args: ['--duration', '5m'],
  scenario: cj('a', '0') + '---\n' + cj('b', '1'),
  check(r, h) {
    const m = r.metrics.cronJobs;
    h.eq(Object.keys(m).sort(), ['a/cj', 'b/cj'], 'keys');
    h.eq([m['a/cj'].complete, m['a/cj'].failed], [2, 0], 'a/cj');
    h.eq([m['b/cj'].complete, m['b/cj'].failed], [0, 2], 'b/cj');
    h.eq(m['a/cj'].startDelaySeconds.max, 0.1, 'a start delay');
    h.eq(m['a/cj'].finishedAfterScheduleSeconds.max, 11.1, 'a finished after schedule');
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.failed], [2, 2], 'jobs totals');
  },
};
