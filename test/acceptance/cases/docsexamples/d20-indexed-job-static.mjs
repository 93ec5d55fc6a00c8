// Task "Indexed Job for Parallel Processing with Static Work Assignment" (indexed-job.yaml, completions 5, parallelism
// 3, an init container reading $JOB_COMPLETION_INDEX): every pod is named indexed-job-<i>-xxxxx, has hostname
// indexed-job-<i>, the completion-index annotation and label, and JOB_COMPLETION_INDEX in the init container AND the
// worker (from the label); the Job completes with completedIndexes "0-4".
export default {
  id: 'docsexamples/d20-indexed-job-static',
  source: 'kubernetes.io/docs/tasks/job/indexed-parallel-processing-static/ (indexed-job.yaml); indexed_job_utils.go addCompletionIndexEnvVariables (containers and initContainers), podGenerateNameWithIndex; reference job §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: 'indexed-job'
spec:
  completions: 5
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      initContainers:
      - name: 'input'
        image: 'docker.io/library/bash'
        command:
        - "bash"
        - "-c"
        - |
          items=(foo bar baz qux xyz)
          echo \${items[\$JOB_COMPLETION_INDEX]} > /input/data.txt
        volumeMounts:
        - mountPath: /input
          name: input
      containers:
      - name: 'worker'
        image: 'docker.io/library/busybox'
        command:
        - "rev"
        - "/input/data.txt"
        volumeMounts:
        - mountPath: /input
          name: input
      volumes:
      - name: input
        emptyDir: {}
`,
  check(r, h) {
    const job = h.job('indexed-job');
    h.eq([job.status.completedIndexes, job.status.succeeded, h.sec(job.status.completionTime)], ['0-4', 5, 22], 'status');
    const pods = h.podsOf('indexed-job');
    h.eq(pods.length, 5, 'five pods');
    const env = [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }];
    for (const p of pods) {
      const i = p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
      h.assert(new RegExp(`^indexed-job-${i}-[a-z0-9]{5}$`).test(p.metadata.name), `name ${p.metadata.name}`);
      h.eq([p.metadata.generateName, p.spec.hostname, p.metadata.labels['batch.kubernetes.io/job-completion-index']], [`indexed-job-${i}-`, `indexed-job-${i}`, i], 'generateName, hostname, label');
      h.eq(p.spec.initContainers[0].env, env, 'init container env');
      h.eq(p.spec.containers[0].env, env, 'worker env');
    }
    h.eq(pods.map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']).sort(), ['0', '1', '2', '3', '4'], 'indexes');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 0, 11, 11], 'creation times');
  },
};
