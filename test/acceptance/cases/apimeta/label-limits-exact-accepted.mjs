// The largest valid label: a 253-character prefix, a 63-character name part and a 63-character value. The Job is
// created and keeps the label; its pods do not get it (SetDefaults_Job copies template labels to the Job, never the
// other way), a label value may be empty, and the name part and value may mix cases and '_', '.', '-'.
const prefix = ['a'.repeat(63), 'a'.repeat(63), 'a'.repeat(63), 'a'.repeat(61)].join('.'); // 253
const key = `${prefix}/${'n'.repeat(63)}`;
export default {
  id: 'apimeta/label-limits-exact-accepted',
  source: 'apimachinery validation.IsQualifiedName (prefix IsDNS1123Subdomain <= 253, name <= 63), IsValidLabelValue (<= 63, empty allowed); batch/v1 defaults.go SetDefaults_Job (labels from the template only when the Job has none); controller_utils.go getPodsLabelSet (template labels only)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: big
  labels: {"${key}": "${'v'.repeat(63)}", empty: "", "example.com/My_Name.v1": "A-b_c.D"}
spec:
  template:
    metadata: {labels: {app: x}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('big');
    h.eq(j.metadata.labels, { [key]: 'v'.repeat(63), empty: '', 'example.com/My_Name.v1': 'A-b_c.D' }, 'Job labels as written (not replaced by the template\'s)');
    h.hasCond(j, 'Complete');
    const [p] = h.podsOf('big');
    h.eq(p.metadata.labels[key], undefined, 'pod does not get the Job label');
    h.eq(p.metadata.labels.app, 'x', 'pod gets the template label');
  },
};
