export default {
  id: 'tplval/c24-unsupported-resource-name',
  // an unprefixed non-standard resource name
  source: "validation.go validateContainerResourceName (validateResourceName \"must be a standard resource type or fully qualified\" + \"must be a standard resource for containers\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: rn\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        resources:\n          limits: {gpus: \"1\"}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/rn: spec.template.spec.containers[0].resources.limits[gpus]: Invalid value: \"gpus\": must be a standard resource type or fully qualified"
  ],
  [
    null,
    "Job default/rn: spec.template.spec.containers[0].resources.limits[gpus]: Invalid value: \"gpus\": must be a standard resource for containers"
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
