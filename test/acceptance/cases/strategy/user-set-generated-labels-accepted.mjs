// generateSelector keeps a generated label the user already set; validateGeneratedSelector accepts it
// when it has the expected value. A template with job-name: j and batch.kubernetes.io/job-name: j
// (this Job's name) is accepted; the controller-uid labels are added; the pods carry all four, and the
// Job's own labels (copied from the template by SetDefaults_Job) hold them too.
export default {
  id: 'strategy/user-set-generated-labels-accepted',
  source: 'pkg/registry/batch/job/strategy.go generateSelector ("_, found := obj.Spec.Template.Labels[value]; if found { ... reject in validation }"), validation.go validateGeneratedSelector (ValidateHasLabel: value must equal the name); pkg/apis/batch/v1/defaults.go SetDefaults_Job (labels from template)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {labels: {job-name: j, batch.kubernetes.io/job-name: j}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const uid = j.metadata.uid;
    const sorted = (m) => Object.fromEntries(Object.entries(m ?? {}).sort(([a], [b]) => a.localeCompare(b)));
    const want = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'j', 'controller-uid': uid, 'job-name': 'j' };
    h.eq(sorted(j.spec.template.metadata.labels), want, 'template labels');
    h.eq(sorted(j.metadata.labels), want, 'Job labels');
    h.eq(j.spec.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }, 'selector');
    h.eq(sorted(h.podsOf('j')[0].metadata.labels), want, 'pod labels');
    h.hasCond(j, 'Complete');
  },
};
