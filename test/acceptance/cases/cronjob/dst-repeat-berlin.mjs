// Europe/Berlin fall-back 2026-10-25: 02:30 local happens twice, the CronJob runs twice (two Job names).
export default {
  id: 'cronjob/dst-repeat-berlin',
  source: 'reference cronjob-and-friends §1.2 (a time inside a fall-back overlap fires twice, two different Job names)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2026-10-24T12:00:00Z"
  duration: 24h
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: be
spec:
  schedule: "30 2 * * *"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('be');
    const m = (iso) => Math.floor(Date.parse(iso) / 60000);
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      [`be-${m('2026-10-25T00:30:00Z')}`, '2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'],
      [`be-${m('2026-10-25T01:30:00Z')}`, '2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
    ], 'two runs at 02:30 CEST and 02:30 CET');
  },
};
