// A Job deleted (kubectl: background) before its deadline never fails: ADS 30, deleted at 10s. The queued deadline re-sync finds
// no Job; there is no DeadlineExceeded event and no condition; the garbage collector deletes the running pod at 10s with its
// grace period (deletionTimestamp 40s) and the kubelet kills it.
export default {
  id: 'deadlines/ads-job-deleted-before-deadline',
  source: 'pkg/controller/job/job_controller.go syncJob (Job not found: forget and return), garbagecollector (Background: dependents deleted after the owner); reference job-controller §2.2 item 1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - {at: 10s, delete: {kind: Job, name: d}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('d');
    h.eq([h.sec(job.metadata.deletionTimestamp), (job.status.conditions ?? []).length], [10, 0], 'Job [deletionTimestamp, #conditions]');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'DeadlineExceeded events');
    const [pod] = h.podsOf('d');
    h.eq(h.sec(pod.metadata.deletionTimestamp), 40, 'pod deletionTimestamp (10s + grace 30)');
    h.assert(h.events({ reason: 'Killing', kind: 'Pod' }).length === 1, 'pod killed');
  },
};
