export default {
  id: 'tplval/d01-toleration-exists-value-string',
  // toleration Exists with a value prints the value, not the struct (1.32+)
  source: "pkg/apis/core/validation/validation.go ValidateTolerations: field.Invalid(idxPath.Child(\"operator\"), toleration.Value, \"value must be empty when `operator` is 'Exists'\") since kubernetes/kubernetes#128119 (merged 2024-10-21, v1.32)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: tol\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      tolerations:\n      - {key: pool, operator: Exists, value: build, effect: NoSchedule}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "10:21",
    "Job default/tol: spec.template.spec.tolerations[0].operator: Invalid value: \"build\": value must be empty when `operator` is 'Exists'"
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
