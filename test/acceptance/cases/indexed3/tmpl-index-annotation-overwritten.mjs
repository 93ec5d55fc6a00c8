// The template carries batch.kubernetes.io/job-completion-index "9" as annotation and label: the Job controller writes
// each pod's own index over both (addCompletionIndexAnnotation, addCompletionIndexLabel), and counts the pods by it:
// completedIndexes "0-2".
export default {
  id: 'indexed3/tmpl-index-annotation-overwritten',
  source: 'pkg/controller/job/indexed_job_utils.go addCompletionIndexAnnotation / addCompletionIndexLabel (map assignment overwrites); job_controller.go createPods; reference §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ow}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata:
      labels: {batch.kubernetes.io/job-completion-index: "9"}
      annotations: {batch.kubernetes.io/job-completion-index: "9"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ow').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    h.eq(pods.map((p) => [p.metadata.name.slice(0, 5), p.metadata.annotations['batch.kubernetes.io/job-completion-index'],
      p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.spec.hostname]),
      [['ow-0-', '0', '0', 'ow-0'], ['ow-1-', '1', '1', 'ow-1'], ['ow-2-', '2', '2', 'ow-2']], 'pods [prefix, index annotation, index label, hostname]');
    const job = h.job('ow');
    h.eq([job.status.completedIndexes, job.status.succeeded, h.sec(job.status.completionTime)], ['0-2', 3, 11], '[completedIndexes, succeeded, completionTime]');
  },
};
