// Concept page "Job template": "You can specify common metadata for the templated Jobs, such as labels or
// annotations". The jobTemplate's labels and annotations are copied to each Job (plus the scheduled-timestamp
// annotation); the CronJob's own labels and annotations are not; the Job's pods get the pod template's labels and
// annotations (plus the Job controller's), not the jobTemplate's.
export default {
  id: 'crondocs/template-metadata-reaches-jobs',
  source: 'website cron-jobs.md "Job template"; utils.go getJobFromTemplate2 (copyLabels/copyAnnotations of cj.Spec.JobTemplate only); job_controller.go / controller_utils.go GetPodFromTemplate (pod template metadata)',
  args: ['--duration', '1m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  labels: {team: finance}
  annotations: {owner: alice}
spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      labels: {app: report, tier: batch}
      annotations: {purpose: monthly-report}
    spec:
      template:
        metadata:
          labels: {app: report-pod}
          annotations: {sidecar: "no"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const j = h.job('report-29453761');
    h.eq(j.metadata.labels, { app: 'report', tier: 'batch' }, 'Job labels = jobTemplate labels');
    h.eq(j.metadata.annotations, { purpose: 'monthly-report', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T00:01:00Z' }, 'Job annotations');
    const [p] = h.podsOf('report-29453761');
    h.eq([p.metadata.labels.app, p.metadata.labels.tier, p.metadata.labels.team, p.metadata.labels['job-name']], ['report-pod', undefined, undefined, 'report-29453761'], 'pod labels');
    h.eq([p.metadata.annotations?.sidecar, p.metadata.annotations?.purpose, p.metadata.annotations?.owner], ['no', undefined, undefined], 'pod annotations');
  },
};
