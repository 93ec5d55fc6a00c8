// e2e ConformanceIt "should create pods for an Indexed job with completion indexes and specified hostname": every
// succeeded pod carries the completion-index annotation, hostname <job>-<index>; completed indexes 0..3.
export default {
  id: 'e2e/indexed-hostname',
  source: 'test/e2e/apps/job.go ConformanceIt "should create pods for an Indexed job with completion indexes and specified hostname" (JobCompletionIndexAnnotation, pod.Spec.Hostname == job-ix); job_controller.go addCompletionIndexEnvVariables/podGenerateNameWithIndex; reference job-controller §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: indexed-job}
spec:
  parallelism: 2
  completions: 4
  backoffLimit: 6
  completionMode: Indexed
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, exit 0]}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('indexed-job').filter((p) => p.status.phase === 'Succeeded');
    const rows = pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.spec.hostname, p.metadata.labels['batch.kubernetes.io/job-completion-index'], p.metadata.name.replace(/-[a-z0-9]{5}$/, '')]).sort();
    h.eq(rows, [['0', 'indexed-job-0', '0', 'indexed-job-0'], ['1', 'indexed-job-1', '1', 'indexed-job-1'], ['2', 'indexed-job-2', '2', 'indexed-job-2'], ['3', 'indexed-job-3', '3', 'indexed-job-3']], 'index annotation, hostname, label, name prefix');
    const job = h.job('indexed-job');
    h.eq([job.status.completedIndexes, job.status.succeeded], ['0-3', 4], 'completedIndexes/succeeded');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
