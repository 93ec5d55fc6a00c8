// A merge patch with null removes the field and the API server's defaulting puts the default back:
// suspend: null on a suspended Job resumes it (suspend defaults to false); backoffLimit: null on a
// Job with backoffLimit 1 restores 6, so its always-failing pods are retried up to 7 failures.
export default {
  id: 'timeline/null-patch-restores-defaults',
  source: 'RFC 7386 (null deletes); pkg/apis/batch/v1/defaults.go SetDefaults_Job (Suspend false, BackoffLimit 6) applied when the patched object is decoded; job_controller.go syncJob resume (Resumed, StartTime = now)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nulls}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: s, spec: {suspend: null}}}
  - {at: 5s, patch: {kind: Job, name: b, spec: {backoffLimit: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('s');
    h.eq(s.spec.suspend, false, 'suspend defaulted back to false');
    h.eq(h.events({ reason: 'Resumed', name: 's' }).map((e) => h.sec(e.firstTimestamp)), [60], 'resumed at 1m');
    h.eq(h.sec(s.status.startTime), 60, 'startTime at the resume');
    const b = h.job('b');
    h.eq(b.spec.backoffLimit, 6, 'backoffLimit defaulted back to 6');
    h.eq(b.status.failed, 7, 'seven failures');
    h.hasCond(b, 'Failed', 'BackoffLimitExceeded');
  },
};
