export default {
  id: 'tplval/c13-probe-and-hook-no-handler',
  // a probe or hook with no handler
  source: "validation.go validateHandler numHandlers == 0 -> Required(fldPath, \"must specify a handler type\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: noh\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        livenessProbe: {periodSeconds: 5}\n        lifecycle:\n          postStart: {}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/noh: spec.template.spec.containers[0].livenessProbe: Required value: must specify a handler type"
  ],
  [
    null,
    "Job default/noh: spec.template.spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"
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
