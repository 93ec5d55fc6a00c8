// Deleting a CronJob while its Job is between attempts (first pod failed at 00:11, replacement running since
// 00:11:10): the garbage collector deletes the Job (background) and both pods at 00:12 - the failed one with grace 0,
// the running one with grace 30 (exit 143). No later pod is created for the deleted Job, and no controller event
// follows except the kubelet's Killing.
export default {
  id: 'croninterplay/delete-cronjob-job-in-pod-backoff',
  source: 'garbagecollector (dependents of a deleted owner, background); pod strategy CheckGracefulDelete; job_controller.go (a deleted Job gets no new pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 20m
  timeline:
  - {at: 12m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      backoffLimit: 3
      template:
        metadata: {annotations: {jobsim/duration: "1m", jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453770');
    h.eq(h.sec(j.metadata.deletionTimestamp), 720, 'Job collected at the CronJob deletion');
    const pods = h.podsOf('cj-29453770');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, h.exitCodeOf(p)]), [
      [600, 'Failed', 720, 0, 1],
      [670, 'Failed', 750, 30, 143],
    ], 'pods');
    h.eq(r.events.filter((e) => h.sec(e.firstTimestamp) >= 720 && e.source.component !== 'kubelet').length, 0, 'no controller event from the deletion on');
    h.eq(h.sec(h.cronjob('cj').metadata.deletionTimestamp), 720, 'CronJob deleted');
  },
};
