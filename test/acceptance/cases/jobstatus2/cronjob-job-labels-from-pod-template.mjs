// Without jobTemplate.metadata.labels, copyLabels gives an empty map, so SetDefaults_Job gives the Job the pod
// template's labels, and with the generated ones written into that map the Job carries all of them.
export default {
  id: 'jobstatus2/cronjob-job-labels-from-pod-template',
  source: 'pkg/controller/cronjob/utils.go copyLabels (empty labels.Set); pkg/apis/batch/v1/defaults.go SetDefaults_Job; strategy.go generateSelector',
  args: ['--duration', '90s'],
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: pod}}
        spec:
          containers: [{name: c, image: "busybox:1.36"}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453761');
    const uid = j.metadata.uid;
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    h.eq(sorted(j.metadata.labels), { app: 'pod', 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'cj-29453761', 'controller-uid': uid, 'job-name': 'cj-29453761' }, 'Job labels');
    h.eq(j.metadata.annotations, { 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T00:01:00Z' }, 'Job annotations');
  },
};
