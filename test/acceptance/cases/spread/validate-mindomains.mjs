// minDomains must be > 0 and may only be used with DoNotSchedule.
const P = 'Job default/v: spec.template.spec.topologySpreadConstraints';
export default {
  id: 'spread/validate-mindomains',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go validateMinDomains (isNotPositiveErrorMsg; "can only use minDomains if whenUnsatisfiable=%s, not %s")',
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
      - { maxSkew: 1, minDomains: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, minDomains: 2, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      `${P}[0].minDomains: Invalid value: 0: must be greater than zero`,
      `${P}[1].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway`,
    ];
    for (const w of want) h.assert(lines.some((l) => l.endsWith(w)), `missing: ${w} | got: ${lines.join(' | ').slice(0, 500)}`);
    h.eq(lines.filter((l) => l.includes('topologySpreadConstraints')).length, 2, 'two problems');
  },
};
