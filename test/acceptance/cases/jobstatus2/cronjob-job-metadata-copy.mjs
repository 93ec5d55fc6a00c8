// getJobFromTemplate2 copies only the labels and annotations of jobTemplate.metadata (plus the scheduled-timestamp
// annotation) and sets the controller ownerReference: jobTemplate.metadata.finalizers are not copied. The Job has its
// own labels, so SetDefaults_Job does not copy the pod template's; the generated labels go to the pod template only.
export default {
  id: 'jobstatus2/cronjob-job-metadata-copy',
  source: 'pkg/controller/cronjob/utils.go getJobFromTemplate2 (copyLabels, copyAnnotations, CronJobScheduledTimestampAnnotation, NewControllerRef); defaults.go SetDefaults_Job',
  args: ['--duration', '90s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      labels: {team: a}
      annotations: {note: x}
      finalizers: [example.com/keep]
    spec:
      template:
        metadata: {labels: {app: pod}}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const cj = h.cronjob('cj');
    const j = h.job('cj-29453761');
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    h.eq(j.metadata.labels, { team: 'a' }, 'Job labels');
    h.eq(sorted(j.metadata.annotations), { 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T00:01:00Z', note: 'x' }, 'Job annotations');
    h.eq(j.metadata.finalizers, undefined, 'no finalizers copied');
    h.eq(j.metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'cj', uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }], 'ownerReferences');
    h.eq([j.metadata.creationTimestamp, j.metadata.generation], ['2026-01-01T00:01:00Z', 1], '[creationTimestamp, generation]');
    const uid = j.metadata.uid;
    h.eq(sorted(j.spec.template.metadata.labels), { app: 'pod', 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'cj-29453761', 'controller-uid': uid, 'job-name': 'cj-29453761' }, 'pod template labels');
    h.eq(cj.spec.jobTemplate.metadata, { labels: { team: 'a' }, annotations: { note: 'x' }, finalizers: ['example.com/keep'] }, 'CronJob jobTemplate.metadata unchanged');
  },
};
