// envfrom-rules
export default {
  id: 'podval/envfrom-rules',
  source: "validation.go ValidateEnvFrom (IsRelaxedEnvVarName prefix; one-of errors on the envFrom path itself), validateSecretEnvSource",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: ef}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        envFrom:\n        - {prefix: \"A=B\", configMapRef: {name: cm}}\n        - {}\n        - {configMapRef: {name: a}, secretRef: {name: b}}\n        - {secretRef: {name: \"\"}}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/ef": [
        "spec.template.spec.containers[0].envFrom[0].prefix: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
        "spec.template.spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`",
        "spec.template.spec.containers[0].envFrom: Invalid value: \"\": may not have more than one field specified at a time",
        "spec.template.spec.containers[0].envFrom[3].secretRef.name: Required value"
      ]
    };
    for (const [kind_name, want] of Object.entries(jobs)) {
      const mine = lines.filter((l) => l.includes(` ${kind_name}: `));
      for (const m of want) {
        if (Array.isArray(m)) {
          const [pre, suf] = m;
          h.assert(mine.some((l) => l.includes(`${kind_name}: ${pre}`) && l.endsWith(suf)), `missing line ${kind_name}: ${pre}...${suf}; got ${JSON.stringify(mine)}`);
        } else {
          h.assert(mine.some((l) => l.endsWith(`${kind_name}: ${m}`)), `missing line ${kind_name}: ${m}; got ${JSON.stringify(mine)}`);
        }
      }
      h.eq(mine.length, want.length, `number of problems for ${kind_name} (${JSON.stringify(mine)})`);
    }
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
