export default {
  id: 'tplval/c23-hugepages-need-cpu-or-memory',
  // hugepages need a cpu or memory request/limit
  source: "validation.go ValidateContainerResourceRequirements \"HugePages require cpu or memory\"",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hp\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        resources:\n          limits: {hugepages-2Mi: 4Mi}\n          requests: {hugepages-2Mi: 4Mi}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/hp: spec.template.spec.containers[0].resources: Forbidden: HugePages require cpu or memory"
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
