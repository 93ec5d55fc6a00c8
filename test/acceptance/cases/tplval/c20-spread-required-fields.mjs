export default {
  id: 'tplval/c20-spread-required-fields',
  // topologySpreadConstraints: maxSkew, topologyKey, whenUnsatisfiable
  source: "validation.go validateTopologySpreadConstraints (ValidateMaxSkew, ValidateTopologyKey, ValidateWhenUnsatisfiable)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: tsc\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      topologySpreadConstraints:\n      - {maxSkew: 0, topologyKey: \"\", whenUnsatisfiable: Maybe}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/tsc: spec.template.spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero"
  ],
  [
    null,
    "Job default/tsc: spec.template.spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty"
  ],
  [
    null,
    "Job default/tsc: spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: \"Maybe\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\""
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
