// Node affinity in a Job's pod template: ValidateNodeSelector / ValidateNodeSelectorRequirement /
// ValidatePreferredSchedulingTerms messages and paths.
const T = (name, aff) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      affinity: {nodeAffinity: ${aff}}
`;
const R = 'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms';
const W = 'spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution';
const req = (x) => `{requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: ${x}}}`;
const cases = [
  ['empty', req('[]'), `${R}: Required value: must have at least one node selector term`],
  ['op', req('[{matchExpressions: [{key: foo, operator: Foo, values: [a]}]}]'), `${R}[0].matchExpressions[0].operator: Invalid value: "Foo": not a valid selector operator`],
  ['gt', req('[{matchExpressions: [{key: foo, operator: Gt, values: ["1", "2"]}]}]'), `${R}[0].matchExpressions[0].values: Required value: must be specified single value when \`operator\` is 'Lt' or 'Gt'`],
  ['in', req('[{matchExpressions: [{key: foo, operator: In}]}]'), `${R}[0].matchExpressions[0].values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
  ['exists', req('[{matchExpressions: [{key: foo, operator: Exists, values: [a]}]}]'), `${R}[0].matchExpressions[0].values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`],
  ['fieldop', req('[{matchFields: [{key: metadata.name, operator: Exists}]}]'), `${R}[0].matchFields[0].operator: Invalid value: "Exists": not a valid selector operator`],
  ['fieldvals', req('[{matchFields: [{key: metadata.name, operator: In, values: [a, b]}]}]'), `${R}[0].matchFields[0].values: Required value: must be only one value when \`operator\` is 'In' or 'NotIn' for node field selector`],
  ['w0', '{preferredDuringSchedulingIgnoredDuringExecution: [{weight: 0, preference: {matchExpressions: [{key: foo, operator: Exists}]}}]}', `${W}[0].weight: Invalid value: 0: must be in the range 1-100`],
  ['w101', '{preferredDuringSchedulingIgnoredDuringExecution: [{weight: 101, preference: {}}]}', `${W}[0].weight: Invalid value: 101: must be in the range 1-100`],
];
export default {
  id: 'validationtables/template-node-affinity-table',
  source: 'pkg/apis/core/validation/validation.go ValidateNodeSelector ("must have at least one node selector term"), ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement (operator/values rules), ValidatePreferredSchedulingTerms ("must be in the range 1-100")',
  exit: 2,
  scenario: cases.map(([n, a]) => T(`na-${n}`, a)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , m] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/na-${n}: `));
      h.eq(mine.length, 1, `na-${n}: one problem (${mine.join(' | ')})`);
      h.assert(mine[0].endsWith(`Job default/na-${n}: ${m}`), `na-${n}: got ${mine[0]}`);
    }
  },
};
