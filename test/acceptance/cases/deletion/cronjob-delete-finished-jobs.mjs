// A CronJob (*/5, Jobs of 1m) deleted at 12m: it is removed at once (background; no finalizer), the garbage collector
// deletes both finished Jobs (05 and 10) in background in the same second (no generation bump), and their Succeeded
// pods with grace 0. The CronJob's last state keeps its status: lastScheduleTime 00:10, lastSuccessfulTime 00:11:01,
// no active Job. No CronJob event after the deletion.
export default {
  id: 'deletion/cronjob-delete-finished-jobs',
  source: 'garbagecollector attemptToDeleteItem (dangling owner, no deleteDependents/orphan finalizer: Background); pod strategy CheckGracefulDelete (terminal: 0); cronjob_controllerv2.go sync (CronJob not found: nothing)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 20m
  timeline:
  - {at: 12m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "1m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(h.sec(cj.metadata.deletionTimestamp), 720, 'CronJob deleted at 12m');
    h.eq(cj.metadata.generation, 1, 'CronJob generation unchanged');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active ?? []], ['2026-01-01T00:10:00Z', '2026-01-01T00:11:01Z', []], 'CronJob status');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp), j.metadata.generation]), [['cj-29453765', 720, 1], ['cj-29453770', 720, 1]], 'Jobs collected');
    for (const j of jobs) {
      const p = h.podsOf(j.metadata.name)[0];
      h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Succeeded', 720, 0], `${j.metadata.name} pod`);
    }
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) >= 720).length, 0, 'no CronJob event after the deletion');
    h.eq(r.counts.Job, 2, 'no Job created after the deletion');
  },
};
