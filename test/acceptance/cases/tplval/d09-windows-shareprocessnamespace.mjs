export default {
  id: 'tplval/d09-windows-shareprocessnamespace',
  // a windows pod may not set shareProcessNamespace at all (even false); path is spec.shareProcessNamespace
  source: "validation.go validateWindows: securityContext.ShareProcessNamespace != nil -> field.Forbidden(fldPath.Child(\"shareProcessNamespace\"), \"cannot be set for a windows pod\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: win\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      os: {name: windows}\n      shareProcessNamespace: false\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "10:7",
    "Job default/win: spec.template.spec.shareProcessNamespace: Forbidden: cannot be set for a windows pod"
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
