// Names inside a Job's pod template: priorityClassName (DNS-1123 subdomain), hostname (label),
// container name length, a name shared by an init container and a container, the pod's
// activeDeadlineSeconds range, nodeSelector keys, template label keys and annotation keys.
const T = (name, ps = '', containers = '[{name: abc, image: image}]', tmeta = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
${tmeta}    spec:
      restartPolicy: Never
      containers: ${containers}
${ps}`;
const NAMEPART = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const cases = [
  ['pcn', T('pcn', '      priorityClassName: Bad_Class\n'), [`spec.template.spec.priorityClassName: Invalid value: "Bad_Class": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`]],
  ['host', T('host', '      hostname: Bad_Host\n'), [`spec.template.spec.hostname: Invalid value: "Bad_Host": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`]],
  ['cname', T('cname', '', `[{name: ${'a'.repeat(64)}, image: image}]`), [`spec.template.spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`]],
  ['initdup', T('initdup', '      initContainers: [{name: abc, image: image}]\n'), ['spec.template.spec.initContainers[0].name: Duplicate value: "abc"']],
  ['ads', T('ads', '      activeDeadlineSeconds: -1\n'), ['spec.template.spec.activeDeadlineSeconds: Invalid value: -1: must be between 1 and 2147483647, inclusive']],
  ['nodesel', T('nodesel', '      nodeSelector: {"bad key!": v}\n'), [`spec.template.spec.nodeSelector: Invalid value: "bad key!": ${NAMEPART}`]],
  ['ann', T('ann', '', undefined, '    metadata:\n      annotations: {"bad key!": v}\n'), [`spec.template.annotations: Invalid value: "bad key!": ${NAMEPART}`]],
  // SetDefaults_Job copies the template labels to the Job's own labels: both are validated
  ['lbl', T('lbl', '', undefined, '    metadata:\n      labels: {"bad key!": v}\n'), [`metadata.labels: Invalid value: "bad key!": ${NAMEPART}`, `spec.template.labels: Invalid value: "bad key!": ${NAMEPART}`]],
];
export default {
  id: 'validationtables/template-names-table',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpec (priorityClassName ValidateDNS1123Subdomain, hostname ValidateDNS1123Label, activeDeadlineSeconds 1..MaxInt32, nodeSelector ValidateLabels), validateContainers/validateInitContainers (names unique across both), ValidatePodTemplateSpec (labels/annotations at template.labels / template.annotations); batch/v1 defaults.go SetDefaults_Job (Job labels default to the template labels)',
  exit: 2,
  scenario: cases.map(([, d]) => d).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`Job default/${n}: ${m}`)), `${n}: missing ${m} in ${mine.join(' | ')}`);
      h.eq(mine.length, want.length, `${n}: number of problems (${mine.join(' | ')})`);
    }
  },
};
