// Contract §3: items hold every Job, CronJob, Pod and Node that existed at any time, in its last state;
// objects deleted during the run carry deletionTimestamp; a graceful pod deletion gets request time +
// grace period. Here a timeline delete of a CronJob (background) and a suspend of a running Job.
export default {
  id: 'contract/items-deleted-objects',
  source: 'CONTRACT.md §3 (items: every object that existed at any time; deletionTimestamp, request time plus grace period for graceful pod deletion); registry/core/pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3h
  timeline:
  - {at: 90m, delete: {kind: CronJob, name: cj}}
  - {at: 2h, patch: {kind: Job, name: long, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: long}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10h"}}
    spec:
      terminationGracePeriodSeconds: 20
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(h.sec(cj.metadata.deletionTimestamp), 5400, 'CronJob deletionTimestamp');
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453820'], 'the 01:00 Job, still in items');
    h.eq(h.sec(jobs[0].metadata.deletionTimestamp), 5400, 'Job deleted by the garbage collector with its owner');
    h.eq(r.counts.CronJob, 1, 'counts.CronJob');
    const p = h.podsOf('long')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 7220, 'pod deletionTimestamp = 2h + 20s grace');
    h.eq(p.metadata.deletionGracePeriodSeconds, 20, 'deletionGracePeriodSeconds');
    h.eq(h.job('long').metadata.deletionTimestamp, undefined, 'the Job itself was not deleted');
    for (const n of h.of('Node')) h.eq(n.metadata.deletionTimestamp, undefined, `${n.metadata.name} not deleted`);
  },
};
