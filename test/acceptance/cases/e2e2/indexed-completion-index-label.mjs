// e2e "should create pods with completion indexes for an Indexed Job" (PodIndexLabel, GA 1.32): every pod of an Indexed
// Job carries the label batch.kubernetes.io/job-completion-index beside the annotation, named <job>-<index>-<suffix>,
// hostname <job>-<index>; indexes 0-3 all succeed (two waves: 0s and 11s), completedIndexes "0-3".
export default {
  id: 'e2e2/indexed-completion-index-label',
  source: 'test/e2e/apps/job.go "should create pods with completion indexes for an Indexed Job" (pod.Labels[JobCompletionIndexAnnotation] for every pod, indexes 0-3); job_controller.go addCompletionIndexLabel (PodIndexLabel), podGenerateNameWithIndex',
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
    spec:
      containers: [{name: c, image: busybox, command: [/bin/sh, -c, "exit 0"]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('indexed-job');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq([job.status.completedIndexes, job.status.succeeded, h.sec(job.status.completionTime)], ['0-3', 4, 22], 'status');
    const pods = h.podsOf('indexed-job');
    h.eq(pods.map((p) => {
      const ix = p.metadata.labels['batch.kubernetes.io/job-completion-index'];
      return [ix, p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === ix, p.metadata.name.startsWith(`indexed-job-${ix}-`), p.spec.hostname, h.sec(p.metadata.creationTimestamp), p.status.phase];
    }).sort(), [
      ['0', true, true, 'indexed-job-0', 0, 'Succeeded'], ['1', true, true, 'indexed-job-1', 0, 'Succeeded'],
      ['2', true, true, 'indexed-job-2', 11, 'Succeeded'], ['3', true, true, 'indexed-job-3', 11, 'Succeeded']], 'index label, annotation, name, hostname');
  },
};
