// nodeAffinityPolicy and nodeTaintsPolicy accept exactly "Honor" and "Ignore" (case-sensitive).
const P = 'Job default/v: spec.template.spec.topologySpreadConstraints[0]';
export default {
  id: 'spread/validate-node-policies',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go validateNodeInclusionPolicy (field.NotSupported, sets.List(supportedPodTopologySpreadNodePolicies))',
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
      - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Always, nodeTaintsPolicy: honor, labelSelector: { matchLabels: { app: web } } }
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      `${P}.nodeAffinityPolicy: Unsupported value: "Always": supported values: "Honor", "Ignore"`,
      `${P}.nodeTaintsPolicy: Unsupported value: "honor": supported values: "Honor", "Ignore"`,
    ];
    for (const w of want) h.assert(lines.some((l) => l.endsWith(w)), `missing: ${w} | got: ${lines.join(' | ').slice(0, 500)}`);
    h.eq(lines.filter((l) => l.includes('topologySpreadConstraints')).length, 2, 'two problems');
  },
};
