// Same task, the downward API variant: the worker reads its index from a downwardAPI volume item with fieldRef
// metadata.annotations['batch.kubernetes.io/job-completion-index']; the manifest is valid and the Job completes.
export default {
  id: 'docsexamples/d22-indexed-job-downward-volume',
  source: 'kubernetes.io/docs/tasks/job/indexed-parallel-processing-static/ (indexed-job-vol.yaml); pkg/apis/core/validation validateDownwardAPIVolumeFile',
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
        downwardAPI:
          items:
          - path: "data.txt"
            fieldRef:
              fieldPath: metadata.annotations['batch.kubernetes.io/job-completion-index']
`,
  check(r, h) {
    const job = h.job('indexed-job');
    h.eq([job.status.completedIndexes, job.status.succeeded], ['0-4', 5], 'completed');
    const p = h.podsOf('indexed-job')[0];
    const vol = p.spec.volumes.find((v) => v.name === 'input');
    const fr = vol.downwardAPI.items[0].fieldRef; h.eq([fr.apiVersion, fr.fieldPath], ['v1', "metadata.annotations['batch.kubernetes.io/job-completion-index']"], 'fieldRef defaulted apiVersion v1');
  },
};
