// Indexed pods: name <job>-<i>-xxxxx, generateName <job>-<i>-, index annotation and label, hostname, JOB_COMPLETION_INDEX
// from the label, job-tracking finalizer while running, controller ownerReference.
export default {
  id: 'job/indexed-pod-shape',
  source: 'job_controller.go manageJob (addCompletionIndexAnnotation, addCompletionIndexLabel, Hostname, podGenerateNameWithIndex, appendJobCompletionFinalizerIfNotFound), indexed_job_utils.go addCompletionIndexEnvVariables; reference §12',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ix
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ix');
    const pods = h.podsOf('ix').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    h.eq(pods.length, 3, 'pods');
    pods.forEach((p, i) => {
      const m = p.metadata;
      h.assert(new RegExp(`^ix-${i}-[a-z0-9]{5}$`).test(m.name), `name ${m.name}`);
      h.eq(m.generateName, `ix-${i}-`, 'generateName');
      h.eq(m.annotations?.['batch.kubernetes.io/job-completion-index'], String(i), 'index annotation');
      h.eq(m.labels?.['batch.kubernetes.io/job-completion-index'], String(i), 'index label');
      h.eq(m.labels?.['batch.kubernetes.io/job-name'], 'ix', 'job-name label');
      h.eq(m.labels?.['job-name'], 'ix', 'legacy job-name label');
      h.eq(m.labels?.['batch.kubernetes.io/controller-uid'], job.metadata.uid, 'controller-uid label');
      h.eq(m.labels?.['controller-uid'], job.metadata.uid, 'legacy controller-uid label');
      h.eq(p.spec.hostname, `ix-${i}`, 'hostname');
      h.eq(p.spec.containers[0].env, [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }], 'env');
      h.eq(m.finalizers, ['batch.kubernetes.io/job-tracking'], 'finalizers');
      h.eq(m.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'Job', name: 'ix', uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }], 'ownerReferences');
    });
    h.eq(job.status.completedIndexes ?? '', '', 'no completed index yet');
    h.eq([job.status.active, job.status.ready], [3, 3], '[active, ready]');
  },
};
