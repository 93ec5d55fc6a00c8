// The scheduled-timestamp annotation is Go time.RFC3339 in spec.timeZone: "Z" for a zero offset (UTC, Europe/London
// in winter), "+05:45" for Asia/Kathmandu; @every ignores the zone for timing but the annotation still uses it.
export default {
  id: 'cronjob/timezone-offsets-format',
  source: 'reference cronjob-and-friends §1.3 (annotation formatted RFC 3339 in spec.timeZone); robfig v3 parseDescriptor (@every ignores the location)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 1h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: lon
spec:
  schedule: "30 0 * * *"
  timeZone: Europe/London
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ktm
spec:
  schedule: "@every 25m"
  timeZone: Asia/Kathmandu
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: kol
spec:
  schedule: "45 5 * * *"
  timeZone: Asia/Kolkata
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ann = (n) => h.jobsOf(n).map((j) => [j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(ann('lon'), [['2026-01-01T00:30:00Z', '2026-01-01T00:30:00Z']], 'London winter: Z');
    h.eq(ann('ktm'), [['2026-01-01T00:25:00Z', '2026-01-01T06:10:00+05:45'], ['2026-01-01T00:50:00Z', '2026-01-01T06:35:00+05:45']], '@every in Kathmandu');
    h.eq(ann('kol'), [['2026-01-01T00:15:00Z', '2026-01-01T05:45:00+05:30']], '05:45 IST = 00:15Z');
  },
};
