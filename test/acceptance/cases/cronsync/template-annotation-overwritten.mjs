// getJobFromTemplate2 copies the jobTemplate's annotations and then sets batch.kubernetes.io/cronjob-scheduled-timestamp
// itself, so a value for that key in the template is overwritten with the slot (RFC 3339 in spec.timeZone); the
// template's labels and other annotations are copied unchanged.
export default {
  id: 'cronsync/template-annotation-overwritten',
  source: 'pkg/controller/cronjob/utils.go getJobFromTemplate2 (copyAnnotations; annotations[batchv1.CronJobScheduledTimestampAnnotation] = scheduledTime.In(timeZoneLocation).Format(time.RFC3339))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 1h10m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "30 * * * *"
  timeZone: America/Sao_Paulo
  jobTemplate:
    metadata:
      labels: {team: a}
      annotations: {batch.kubernetes.io/cronjob-scheduled-timestamp: "yesterday", note: keep}
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('cj');
    h.eq(jobs.map((j) => j.metadata.name), ['cj-29453790'], 'Job of the 00:30 slot');
    const a = jobs[0].metadata.annotations;
    h.eq([a['batch.kubernetes.io/cronjob-scheduled-timestamp'], a.note, Object.keys(a).length], ['2025-12-31T21:30:00-03:00', 'keep', 2], 'annotations');
    h.eq(jobs[0].metadata.labels, { team: 'a' }, 'labels');
    h.eq(h.cronjob('cj').spec.jobTemplate.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], 'yesterday', 'template unchanged');
  },
};
