// matchLabelKeys needs a labelSelector (Forbidden) and each key must be a valid label name.
const P = 'Job default/v: spec.template.spec.topologySpreadConstraints';
const RE = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
export default {
  id: 'spread/validate-matchlabelkeys',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go validateMatchLabelKeysInTopologySpread / validateLabelKeys (Forbidden "must not be specified when labelSelector is not set"; unversionedvalidation.ValidateLabelName)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  template:
    metadata: { labels: { app: web } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, matchLabelKeys: [batch.kubernetes.io/job-name] }
      - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } }, matchLabelKeys: ["bad key!"] }
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      `${P}[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set`,
      `${P}[1].matchLabelKeys[0]: Invalid value: "bad key!": ${RE}`,
    ];
    for (const w of want) h.assert(lines.some((l) => l.endsWith(w)), `missing: ${w} | got: ${lines.join(' | ').slice(0, 600)}`);
    h.eq(lines.filter((l) => l.includes('topologySpreadConstraints')).length, 2, 'two problems');
  },
};
