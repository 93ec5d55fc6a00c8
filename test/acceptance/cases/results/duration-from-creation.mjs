// README jobs.durationSeconds: from a Job's creation (not its startTime) to its Complete condition. A Job
// created suspended at 0 and resumed at 60s (startTime 60s), pod of 10s: Complete at 71s, duration 71.
// A Job created by the timeline at 1h with a 10s pod: duration 11, lastFinishedAt 3611 (from the start).
export default {
  id: 'results/duration-from-creation',
  source: 'README metrics table (durationSeconds: from a Job\'s creation to its Complete/Failed condition; lastFinishedAt: seconds from the start)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dur}
spec:
  timeline:
  - {at: 60s, patch: {kind: Job, name: sus, spec: {suspend: false}}}
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const sus = h.job('sus');
    h.eq([h.sec(sus.status.startTime), h.sec(sus.status.completionTime)], [60, 71], 'sus startTime/completionTime');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 71, p99: 71, max: 71 }, 'durations 11 and 71');
    h.eq(r.metrics.jobs.lastFinishedAt, 3611, 'lastFinishedAt');
  },
};
