// Deleting a CronJob while its 00:10 Job runs (Job of 1h, deleted at 15m): CronJob, Job (background, through the
// garbage collector) and pod (grace 30) are all asked to go at 15m. The CronJob's last state still lists the Job in
// status.active; the Job's last state is active 1; the pod loses its tracking finalizer (deleteJob ->
// cleanupPodFinalizers) and is killed (exit 143). No event from the Job or CronJob controller after 10m.
export default {
  id: 'deletion/cronjob-delete-running-job-cascade',
  source: 'garbagecollector attemptToDeleteItem (owner gone: Background); job_controller.go deleteJob/cleanupPodFinalizers/syncOrphanPod; pod strategy CheckGracefulDelete; CONTRACT §3 (last state)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 20m
  timeline:
  - {at: 15m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(h.sec(cj.metadata.deletionTimestamp), 900, 'CronJob deleted');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['cj-29453770'], 'last state still lists the running Job');
    const j = h.job('cj-29453770');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.status.active, j.metadata.finalizers], [900, 1, undefined], 'Job collected');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers, p.status.phase], [930, 30, undefined, 'Failed'], 'pod');
    h.eq(p.status.containerStatuses[0].state.terminated.exitCode, 143, 'SIGTERM');
    h.eq(r.events.filter((e) => ['job-controller', 'cronjob-controller'].includes(e.source.component) && h.sec(e.firstTimestamp) > 600).length, 0, 'no controller event after 10m');
    h.eq([r.counts.CronJob, r.counts.Job, r.counts.Pod], [1, 1, 1], 'counts include the deleted objects');
  },
};
