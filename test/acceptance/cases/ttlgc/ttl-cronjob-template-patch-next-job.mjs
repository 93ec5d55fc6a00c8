// A CronJob (every minute) without ttlSecondsAfterFinished in its jobTemplate; a patch at 90s sets it to 5. The Job of
// 00:01 (created before) keeps no TTL and is never deleted by the TTL controller; the Job of 00:02 copies the new
// template: Complete at 2m11s, deleted at 2m16s.
export default {
  id: 'ttlgc/ttl-cronjob-template-patch-next-job',
  source: 'cronjob utils.go getJobFromTemplate2 (spec copied from jobTemplate at creation); ttlafterfinished needsCleanup (TTL != nil)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 150s
  timeline:
  - {at: 90s, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {ttlSecondsAfterFinished: 5}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const a = h.job('cj-29453761'), b = h.job('cj-29453762');
    h.eq([a.spec.ttlSecondsAfterFinished, a.metadata.deletionTimestamp], [undefined, undefined], '00:01 Job: no TTL, kept');
    h.eq([b.spec.ttlSecondsAfterFinished, h.sec(b.metadata.deletionTimestamp)], [5, 136], '00:02 Job: deleted at 2m16s');
  },
};
