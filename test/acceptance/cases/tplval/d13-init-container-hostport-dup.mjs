export default {
  id: 'tplval/d13-init-container-hostport-dup',
  // duplicate hostPort within one init container, reported at initContainers[0] (checkHostPortConflicts on a one-element slice)
  source: "validation.go validateInitContainers: checkHostPortConflicts([]core.Container{ctr}, fldPath) -> AccumulateUniqueHostPorts Duplicate(idxPath.Child(\"hostPort\"), \"TCP//8080\") with idx 0",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ihp\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      initContainers:\n      - name: i0\n        image: busybox\n      - name: i1\n        image: busybox\n        ports:\n        - {containerPort: 80, hostPort: 8080}\n        - {containerPort: 81, hostPort: 8080}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/ihp: spec.template.spec.initContainers[0].ports[1].hostPort: Duplicate value: \"TCP//8080\""
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
