// Job concept page, "Suspending a Job": "Creating a Job with .spec.suspend set to true will create it in the suspended
// state": no pods, a Suspended=True condition (lastProbeTime = lastTransitionTime, as in the page's YAML), the Suspended
// event, and no startTime ("When a Job is created in the suspended state, this field is not set until the first time it
// is resumed", JobStatus.startTime).
export default {
  id: 'docsexamples/d09-created-suspended',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#suspending-a-job; job_controller.go syncJob (startTime only when not suspended), ensureJobConditionStatus; API reference JobStatus.startTime',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  suspend: true
  parallelism: 1
  completions: 5
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('myjob');
    h.eq(h.podsOf('myjob').length, 0, 'no pods');
    h.eq(job.status.startTime, undefined, 'no startTime');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]), [
      ['Suspended', 'True', 'JobSuspended', 'Job suspended', 0, 0]], 'conditions');
    h.eq(h.events({ kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [[0, 'Normal', 'Suspended', 'Job suspended']], 'events');
  },
};
