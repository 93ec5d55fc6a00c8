export default {
  id: 'tplval/c04-env-name-equals',
  // relaxed env var names: printable ASCII but no =
  source: "validation.go ValidateEnv -> IsRelaxedEnvVarName (AllowRelaxedEnvironmentVariableValidation)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: envn\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        env:\n        - {name: \"A=B\", value: x}\n        - {name: \"1 weird.name\", value: ok}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/envn: spec.template.spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"
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
