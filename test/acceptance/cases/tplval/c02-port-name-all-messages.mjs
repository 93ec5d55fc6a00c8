export default {
  id: 'tplval/c02-port-name-all-messages',
  // IsValidPortName reports every rule broken, in order
  source: "validation.go validateContainerPorts -> apimachinery IsValidPortName (15 chars, charset, a letter, \"--\", leading/trailing hyphen)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pname\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        ports:\n        - {containerPort: 80, name: \"-Bad--Port-Name-\"}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/pname: spec.template.spec.containers[0].ports[0].name: Invalid value: \"-Bad--Port-Name-\": must be no more than 15 characters"
  ],
  [
    null,
    "Job default/pname: spec.template.spec.containers[0].ports[0].name: Invalid value: \"-Bad--Port-Name-\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
  ],
  [
    null,
    "Job default/pname: spec.template.spec.containers[0].ports[0].name: Invalid value: \"-Bad--Port-Name-\": must not contain consecutive hyphens"
  ],
  [
    null,
    "Job default/pname: spec.template.spec.containers[0].ports[0].name: Invalid value: \"-Bad--Port-Name-\": must not begin or end with a hyphen"
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
