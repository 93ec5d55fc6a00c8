// YAML 1.1 booleans as go-yaml v2 lists them (y Y yes Yes YES true True TRUE on On ON and the false forms):
// each reads as a boolean; the case-mixed `tRuE`, the quoted "true" and 1 are not booleans (type errors).
const ok = [['y1', 'Y', true], ['y2', 'YES', true], ['y3', 'True', true], ['y4', 'On', true], ['n1', 'N', false], ['n2', 'Off', false], ['n3', 'FALSE', false]];
export default {
  id: 'robust/yaml11-bool-forms',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/resolve.go resolveMapList (bool forms); README (go-yaml v2, YAML 1.1)',
  scenario: ok.map(([n, v]) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  suspend: ${v}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`).join('---\n'),
  check(r, h) {
    for (const [n, , want] of ok) h.eq(h.job(n).spec.suspend, want, `${n} suspend`);
    h.eq(h.podsOf('y1').length, 0, 'suspended Job has no pods');
    h.eq(h.podsOf('n1').length, 1, 'running Job has its pod');
  },
};
