// README jobs.failedReasons: failed Jobs per reason (the Failed condition's reason), keys in order.
// BackoffLimitExceeded (backoffLimit 0, exit 1), DeadlineExceeded (activeDeadlineSeconds 5 on a 1h pod),
// PodFailurePolicy (FailJob on exit 42) twice; one Job completes. durationSeconds counts the failed
// Jobs too, to the Failed condition: 1s (the failed pod is synced at once), 6s (FailureTarget at the 5s
// deadline, Failed once the killed pod is terminal and counted), 2s, 2s, and 11s for the complete one.
const tpl = (ann) => `
  template:
    metadata: {annotations: ${ann}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never`;
const pfp = `
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}`;
export default {
  id: 'results/failed-reasons',
  source: 'README metrics table (jobs.failedReasons, jobs.durationSeconds); job_controller.go (JobReasonBackoffLimitExceeded, JobReasonDeadlineExceeded, JobReasonPodFailurePolicy)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: p1}
spec:
  backoffLimit: 0${pfp}${tpl('{jobsim/duration: "2s", jobsim/exit-codes: "42"}')}
---
apiVersion: batch/v1
kind: Job
metadata: {name: p2}
spec:
  backoffLimit: 0${pfp}${tpl('{jobsim/duration: "2s", jobsim/exit-codes: "42"}')}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  backoffLimit: 0${tpl('{jobsim/duration: "1s", jobsim/exit-codes: "1"}')}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  activeDeadlineSeconds: 5${tpl('{jobsim/duration: "1h"}')}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:${tpl('{}')}
`,
  check(r, h) {
    const j = r.metrics.jobs;
    h.eq(j.failedReasons, { BackoffLimitExceeded: 1, DeadlineExceeded: 1, PodFailurePolicy: 2 }, 'failedReasons');
    h.eq(Object.keys(j.failedReasons), ['BackoffLimitExceeded', 'DeadlineExceeded', 'PodFailurePolicy'], 'sorted keys');
    h.eq([j.complete, j.failed], [1, 4], 'counts');
    h.eq(j.durationSeconds, { p50: 2, p95: 11, p99: 11, max: 11 }, 'durations 1, 2, 2, 6, 11');
    h.eq(j.lastFinishedAt, 11, 'lastFinishedAt');
  },
};
