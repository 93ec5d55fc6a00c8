// A user Job with a non-controller ownerReference to a live CronJob (seeded uid) and ttlSecondsAfterFinished 15: the
// owner does not matter to the TTL controller: Complete at 11s, deleted at 26s (foreground), its pod collected then.
// The CronJob stays.
export default {
  id: 'ttlgc/ttl-owned-by-live-cronjob-noncontroller',
  source: 'ttlafterfinished_controller.go needsCleanup (no owner check), processJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: owned
  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
spec:
  ttlSecondsAfterFinished: 15
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('cj').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    h.eq(h.cronjob('cj').metadata.deletionTimestamp, undefined, 'owner stays');
    h.eq(h.sec(h.job('owned').metadata.deletionTimestamp), 26, 'TTL deletion');
    h.eq(h.podsOf('owned').map((p) => h.sec(p.metadata.deletionTimestamp)), [26], 'pod collected');
  },
};
