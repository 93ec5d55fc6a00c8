export default {
  id: 'tplval/c22-extended-resource-requests-ne-limits',
  // extended resources: request must equal limit, reported on resources.requests
  source: "validation.go ValidateContainerResourceRequirements: !IsOvercommitAllowed -> field.Invalid(reqPath, quantity.String(), \"must be equal to <name> limit of <limit>\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ext\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        resources:\n          limits: {example.com/gpu: \"2\"}\n          requests: {example.com/gpu: \"1\"}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/ext: spec.template.spec.containers[0].resources.requests: Invalid value: \"1\": must be equal to example.com/gpu limit of 2"
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
