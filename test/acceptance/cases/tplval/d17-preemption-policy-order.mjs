export default {
  id: 'tplval/d17-preemption-policy-order',
  // preemptionPolicy enum: supported values in code order (NotSupported does not sort)
  source: "validation.go ValidatePreemptionPolicy: validValues := []core.PreemptionPolicy{core.PreemptLowerPriority, core.PreemptNever}; apimachinery field.NotSupported joins them unsorted",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pp\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      preemptionPolicy: Sometimes\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "9:7",
    "Job default/pp: spec.template.spec.preemptionPolicy: Unsupported value: \"Sometimes\": supported values: \"PreemptLowerPriority\", \"Never\""
  ]
];
    for (const [pos, m] of want) {
      const hit = probs.find((l) => l.endsWith(m));
      h.assert(hit, `missing: ${m}\n got: ${JSON.stringify(probs)}`);
      if (pos) h.assert(new RegExp('\\.yaml:' + pos + ': ').test(hit), `position ${pos} for: ${hit}`);
    }
    h.eq(probs.length, want.length, `number of problems (${JSON.stringify(probs)})`);
  },
};
