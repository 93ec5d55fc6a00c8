// concurrencyPolicy Allow, Jobs of 1h with terminationGracePeriodSeconds 45: at 21m two Jobs are active (slots 10 and 20).
// Deleting the CronJob (background) removes it at once; the garbage collector deletes both Jobs (background, no
// generation bump) and then their pods with grace 45 (deletionTimestamp 21m45s, generation 2), which the kubelet kills
// at 21m. No CronJob or Job controller event after 20m: the GC records none. The CronJob's last state still lists both.
export default {
  id: 'deletion2/cronjob-two-active-cascade',
  source: 'garbagecollector attemptToDeleteItem (owner gone: Background, no grace period in the options); pod strategy CheckGracefulDelete (terminationGracePeriodSeconds); rest/delete.go BeforeDelete (generation+1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 25m
  timeline:
  - {at: 21m, delete: {kind: CronJob, name: cj}}
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
          terminationGracePeriodSeconds: 45
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['cj-29453770', 'cj-29453780'], 'last state lists both');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.status.active]), [['cj-29453770', 1260, 1, 1], ['cj-29453780', 1260, 1, 1]], 'Jobs');
    for (const j of jobs) {
      const p = h.podsOf(j.metadata.name)[0];
      h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation, p.status.phase, h.exitCodeOf(p)], [1305, 45, 2, 'Failed', 143], `${j.metadata.name} pod`);
      h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [1260], 'Killing');
    }
    h.eq(r.events.filter((e) => ['job-controller', 'cronjob-controller'].includes(e.source.component) && h.sec(e.firstTimestamp) > 1200).length, 0, 'no controller event');
  },
};
