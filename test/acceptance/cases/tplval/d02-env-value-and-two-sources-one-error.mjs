export default {
  id: 'tplval/d02-env-value-and-two-sources-one-error',
  // env var with value and two valueFrom sources: only the value error (else-if chain)
  source: "validation.go validateEnvVarValueFrom: if numSources == 0 {...} else if len(ev.Value) != 0 {\"may not be specified when `value` is not empty\"} else if numSources > 1 {...}",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: env2\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        env:\n        - name: V\n          value: x\n          valueFrom:\n            fieldRef: {fieldPath: metadata.name}\n            secretKeyRef: {name: s, key: k}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    "15:11",
    "Job default/env2: spec.template.spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty"
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
