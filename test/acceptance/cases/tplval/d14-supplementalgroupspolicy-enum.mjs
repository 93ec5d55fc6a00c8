export default {
  id: 'tplval/d14-supplementalgroupspolicy-enum',
  // supplementalGroupsPolicy is Merge or Strict
  source: "validation.go validatePodSpecSecurityContext -> validateSupplementalGroupsPolicy (NotSupported, sets.List(Merge, Strict)); SupplementalGroupsPolicy beta, on in 1.33",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sgp\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      securityContext:\n        supplementalGroupsPolicy: Loose\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "10:9",
    "Job default/sgp: spec.template.spec.securityContext.supplementalGroupsPolicy: Unsupported value: \"Loose\": supported values: \"Merge\", \"Strict\""
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
