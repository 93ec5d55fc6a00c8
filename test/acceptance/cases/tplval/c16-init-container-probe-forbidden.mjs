export default {
  id: 'tplval/c16-init-container-probe-forbidden',
  // a non-sidecar init container may not have probes or lifecycle
  source: "validation.go validateInitContainers default branch: Forbidden \"may not be set for init containers without restartPolicy=Always\"",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ip\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      initContainers:\n      - name: i\n        image: busybox\n        readinessProbe: {exec: {command: [\"true\"]}}\n        lifecycle: {preStop: {exec: {command: [\"true\"]}}}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/ip: spec.template.spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always"
  ],
  [
    null,
    "Job default/ip: spec.template.spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always"
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
