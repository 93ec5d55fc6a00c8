// Contract §2 faults: { at, controllerDown: job | cronjob | all, for }: the controller does nothing while
// down and catches up when back (a Job created during a job-controller outage gets its pod at the end of
// the outage; a CronJob misses its slots and starts only the latest on return).
export default {
  id: 'contract/faults-controller-down',
  source: 'CONTRACT.md §2 faults (controllerDown: cronjob | job | all, for); cronjob-and-friends reference (only the most recent missed slot is started)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cd}
spec:
  duration: 6h
  faults:
  - {at: 0s, controllerDown: job, for: 1h}
  - {at: 2h, controllerDown: cronjob, for: 3h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: early}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('early');
    h.eq(p.map((x) => h.sec(x.metadata.creationTimestamp)), [3600], 'pod created when the job controller is back');
    h.eq(h.sec(h.job('early').status.startTime), 3600, 'startTime');
    const starts = h.jobsOf('hourly').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']);
    h.eq(starts, ['2026-01-01T00:30:00Z', '2026-01-01T01:30:00Z', '2026-01-01T04:30:00Z', '2026-01-01T05:30:00Z'], 'slots 02:30 and 03:30 missed; the latest missed slot 04:30 started, then 05:30');
    const late = h.jobsOf('hourly').find((j) => j.metadata.name === 'hourly-29454030');
    h.eq(h.sec(late?.metadata.creationTimestamp), 5 * 3600, 'slot 04:30 started at 05:00 when the controller came back');
  },
};
