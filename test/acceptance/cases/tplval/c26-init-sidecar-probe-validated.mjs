export default {
  id: 'tplval/c26-init-sidecar-probe-validated',
  // a sidecar (restartPolicy Always) may have probes, which are validated
  source: "validation.go validateInitContainers restartAlways branch -> validateLivenessProbe",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sc\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      initContainers:\n      - name: s\n        image: busybox\n        restartPolicy: Always\n        livenessProbe: {exec: {command: []}}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/sc: spec.template.spec.initContainers[0].livenessProbe.exec.command: Required value"
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
