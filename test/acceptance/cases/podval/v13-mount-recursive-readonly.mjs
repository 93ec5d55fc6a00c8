// mount-recursive-readonly
export default {
  id: 'podval/mount-recursive-readonly',
  source: "validation.go validateMountRecursiveReadOnly",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: rro}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: v\n        emptyDir: {}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: v, mountPath: /a, recursiveReadOnly: Enabled}\n        - {name: v, mountPath: /b, readOnly: true, recursiveReadOnly: \"Yes\"}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/rro": [
        "spec.template.spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true",
        "spec.template.spec.containers[0].volumeMounts.recursiveReadOnly: Unsupported value: \"Yes\": supported values: \"Disabled\", \"Enabled\", \"IfPossible\""
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
