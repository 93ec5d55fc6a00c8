// Pods deleted by a suspension are not failures: on resume the replacement is created at once (no pod-failure back-off).
export default {
  id: 'job/resume-no-backoff',
  source: 'job_controller.go deleteJobPods (finalizer removed before DELETE, so getNewFinishedPods never sees them), backoff_utils.go; reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s4}
spec:
  timeline:
    - { at: 30s, patch: { kind: Job, name: sr, spec: { suspend: true } } }
    - { at: 35s, patch: { kind: Job, name: sr, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sr
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('sr');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 35], 'pod creation times');
    const job = h.job('sr');
    h.eq(job.status.failed ?? 0, 0, 'failed');
    h.eq(h.sec(job.status.startTime), 35, 'startTime reset on resume');
    h.eq(h.sec(job.status.completionTime), 136, 'completionTime');
    h.eq(h.events({ kind: 'Job', name: 'sr', reason: 'Resumed' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Job resumed', 35]], 'Resumed event');
  },
};
