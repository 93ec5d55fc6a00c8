// A minimal Job as stored: generation 1, labels = the four generated ones (no template labels given), and no annotations
// (the batch.kubernetes.io/job-tracking annotation is gone since 1.27), no finalizers, no ownerReferences, no deletion fields.
export default {
  id: 'jobstatus2/job-metadata-minimal',
  source: 'pkg/registry/batch/job/strategy.go PrepareForCreate (generation 1, generateSelectorIfNeeded; no tracking annotation); defaults.go SetDefaults_Job',
  args: ['--duration', '1m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('m');
    const md = j.metadata, uid = md.uid;
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    h.eq(sorted(md.labels), { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'm', 'controller-uid': uid, 'job-name': 'm' }, 'labels');
    h.eq(['annotations', 'finalizers', 'ownerReferences', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generateName'].filter((k) => k in md && md[k] !== undefined), [], 'absent metadata fields');
    h.eq([md.generation, md.namespace, md.creationTimestamp], [1, 'default', '2026-01-01T00:00:00Z'], '[generation, namespace, creationTimestamp]');
    h.eq(j.spec.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }, 'selector');
  },
};
