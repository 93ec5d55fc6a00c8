// matchFields: an unknown key is field.Invalid(key, "not a valid field selector key"); for
// metadata.name each value is checked as a node name (a DNS-1123 subdomain).
const T = (name, f) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchFields: [${f}]}]}}}
`;
const R = 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0]';
export default {
  id: 'validationtables/template-node-affinity-matchfields-key',
  source: 'pkg/apis/core/validation/validation.go ValidateNodeFieldSelectorRequirement (nodeFieldSelectorValidators{metadata.name: ValidateNodeName}; field.Invalid(key, req.Key, "not a valid field selector key"); field.Invalid(values[i], v, msg))',
  exit: 2,
  scenario: [T('key', '{key: metadata.foo, operator: In, values: [a]}'), T('val', '{key: metadata.name, operator: In, values: [Bad_Node]}')].join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    const a = lines.filter((l) => l.includes('Job default/key: '));
    h.eq(a.length, 1, `key: one problem: ${a.join(' | ')}`);
    h.assert(a[0].endsWith(`${R}.key: Invalid value: "metadata.foo": not a valid field selector key`), `key: ${a[0]}`);
    const b = lines.filter((l) => l.includes('Job default/val: '));
    h.eq(b.length, 1, `val: one problem: ${b.join(' | ') || '(none: accepted)'}`);
    h.assert(b[0].endsWith(`${R}.values[0]: Invalid value: "Bad_Node": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`), `val: ${b[0]}`);
  },
};
