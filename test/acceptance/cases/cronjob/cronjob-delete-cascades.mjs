// Deleting a CronJob (kubectl default, background): the garbage collector deletes its Jobs (finished and running) and
// their pods; nothing more is created.
export default {
  id: 'cronjob/cronjob-delete-cascades',
  source: 'reference cronjob-and-friends §4 (deleting a CronJob cascades CronJob -> Jobs -> Pods through ownerRefs); registry cronjob strategy DefaultGarbageCollectionPolicy DeleteDependents',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  timeline:
  - { at: 25m, delete: { kind: CronJob, name: d } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: d
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "7m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('d');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [['d-29453770', 1500], ['d-29453780', 1500]], 'both Jobs deleted at 25m');
    const running = h.podsOf('d-29453780')[0];
    h.eq(h.sec(running.metadata.deletionTimestamp), 1500 + 30, 'the running pod is deleted gracefully (30s)');
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => h.sec(e.firstTimestamp) >= 1500).length, 0, 'nothing after the delete');
  },
};
