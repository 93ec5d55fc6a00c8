// NonIndexed pod: generateName "<job>-", 5-char suffix, template labels incl. job-name/controller-uid, job-tracking
// finalizer while running, controller ownerReference with blockOwnerDeletion, no hostname, no index annotation.
export default {
  id: 'job/pod-shape-nonindexed',
  source: 'job_controller.go manageJob (appendJobCompletionFinalizerIfNotFound, metav1.NewControllerRef), controller_utils.go GetPodFromTemplate/getPodsPrefix; registry strategy generated labels; reference §1.1, §12',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: shape
spec:
  template:
    metadata:
      labels: { team: a }
      annotations: { note: x }
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('shape');
    const [p] = h.podsOf('shape');
    const m = p.metadata;
    h.assert(/^shape-[a-z0-9]{5}$/.test(m.name), `name ${m.name}`);
    h.eq(m.generateName, 'shape-', 'generateName');
    h.eq(m.labels, { team: 'a', 'controller-uid': job.metadata.uid, 'batch.kubernetes.io/controller-uid': job.metadata.uid, 'job-name': 'shape', 'batch.kubernetes.io/job-name': 'shape' }, 'labels');
    h.eq(m.annotations, { note: 'x' }, 'annotations');
    h.eq(m.finalizers, ['batch.kubernetes.io/job-tracking'], 'finalizers');
    h.eq(m.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'Job', name: 'shape', uid: job.metadata.uid, controller: true, blockOwnerDeletion: true }], 'ownerReferences');
    h.eq(p.spec.hostname, undefined, 'no hostname');
    h.eq(job.spec.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': job.metadata.uid } }, 'generated selector');
    h.eq([job.status.active, job.status.ready], [1, 1], '[active, ready]');
  },
};
