// Two constraints with the same {topologyKey, whenUnsatisfiable} pair: the first of them is reported
// as a Duplicate at the pseudo-field "{topologyKey, whenUnsatisfiable}"; the same key with the other
// action is not a duplicate.
export default {
  id: 'spread/validate-duplicate-pair',
  source: 'kubernetes/kubernetes pkg/apis/core/validation/validation.go ValidateSpreadConstraintNotRepeat (compared with constraints[i+1:]; field.Duplicate(fldPath, fmt.Sprintf("{%v, %v}", ...)))',
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
      - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      - { maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('topologySpreadConstraints'));
    h.eq(lines.length, 1, `one problem: ${lines.join(' | ')}`);
    h.assert(lines[0].endsWith('Job default/v: spec.template.spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, DoNotSchedule}"'), lines[0]);
  },
};
