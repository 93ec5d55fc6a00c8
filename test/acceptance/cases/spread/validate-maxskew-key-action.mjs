// maxSkew must be > 0, topologyKey non-empty, whenUnsatisfiable one of the two actions; each
// problem is reported with its field path in the Job's pod template.
const P = 'Job default/v: spec.template.spec.topologySpreadConstraints';
export default {
  id: 'spread/validate-maxskew-key-action',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go validateTopologySpreadConstraints, ValidateMaxSkew (isNotPositiveErrorMsg), ValidateTopologyKey (Required "can not be empty"), ValidateWhenUnsatisfiable (NotSupported, sets.List(supportedScheduleActions))',
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
      - { maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, topologyKey: "", whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, topologyKey: rack, whenUnsatisfiable: Sometimes, labelSelector: { matchLabels: { app: web } } }
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      `${P}[0].maxSkew: Invalid value: 0: must be greater than zero`,
      `${P}[1].topologyKey: Required value: can not be empty`,
      `${P}[2].whenUnsatisfiable: Unsupported value: "Sometimes": supported values: "DoNotSchedule", "ScheduleAnyway"`,
    ];
    for (const w of want) h.assert(lines.some((l) => l.endsWith(w)), `missing: ${w} | got: ${lines.join(' | ').slice(0, 500)}`);
    h.eq(lines.filter((l) => l.includes('topologySpreadConstraints')).length, 3, 'three problems');
  },
};
