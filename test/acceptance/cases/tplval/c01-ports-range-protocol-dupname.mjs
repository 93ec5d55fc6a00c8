export default {
  id: 'tplval/c01-ports-range-protocol-dupname',
  // container ports: range, protocol enum, duplicate name
  source: "validation.go validateContainerPorts (IsValidPortNum, NotSupported sets.List(SCTP,TCP,UDP), Duplicate name)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ports\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        ports:\n        - {containerPort: 70000, protocol: HTTP, name: http}\n        - {containerPort: 80, name: http}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "13:12",
    "Job default/ports: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"
  ],
  [
    "13:34",
    "Job default/ports: spec.template.spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""
  ],
  [
    "14:31",
    "Job default/ports: spec.template.spec.containers[0].ports[1].name: Duplicate value: \"http\""
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
