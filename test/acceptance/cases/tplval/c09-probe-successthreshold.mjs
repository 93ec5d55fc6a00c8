export default {
  id: 'tplval/c09-probe-successthreshold',
  // liveness and startup probes need successThreshold 1; readiness may have more
  source: "validation.go validateLivenessProbe / validateStartupProbe: SuccessThreshold != 1 -> \"must be 1\"",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: st\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        livenessProbe: {exec: {command: [\"true\"]}, successThreshold: 2}\n        startupProbe: {exec: {command: [\"true\"]}, successThreshold: 3}\n        readinessProbe: {exec: {command: [\"true\"]}, successThreshold: 3}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/st: spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"
  ],
  [
    null,
    "Job default/st: spec.template.spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1"
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
