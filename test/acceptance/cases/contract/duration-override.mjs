// Contract §1: --duration D overrides Simulation.spec.duration: end = start + D, endedBy duration,
// metrics.simulation.virtualSeconds = D in seconds, whatever the file says.
export default {
  id: 'contract/duration-override',
  source: 'CONTRACT.md §1 (--duration overrides Simulation.spec.duration), README spec.endedBy and metrics.simulation.virtualSeconds',
  args: ['--duration', '1h30m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  start: "2026-05-05T05:00:00Z"
  duration: 7d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every-hour}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq([r.spec.start, r.spec.end, r.spec.endedBy], ['2026-05-05T05:00:00Z', '2026-05-05T06:30:00Z', 'duration'], 'spec');
    h.eq(r.metrics.simulation.virtualSeconds, 5400, 'virtualSeconds');
    h.eq(h.jobsOf('every-hour').map((j) => j.metadata.name), ['every-hour-29632680'], 'one run, at 06:00');
  },
};
