// SetDefaults_Job copies the template's labels to an unlabelled Job, never its annotations: the Job has no annotations,
// its pods have the template's (plus the completion-index one for Indexed).
export default {
  id: 'jobstatus2/template-annotations-not-on-job',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (labels only); pkg/controller/job/indexed_job_utils.go addCompletionIndexAnnotation',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: an}
spec:
  completionMode: Indexed
  completions: 1
  template:
    metadata:
      annotations: {team: blue}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('an').metadata.annotations, undefined, 'Job annotations');
    const [p] = h.podsOf('an');
    h.eq(p.metadata.annotations, { team: 'blue', 'batch.kubernetes.io/job-completion-index': '0' }, 'pod annotations');
  },
};
