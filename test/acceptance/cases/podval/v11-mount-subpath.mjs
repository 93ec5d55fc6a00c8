// mount-subpath
export default {
  id: 'podval/mount-subpath',
  source: "validation.go ValidateVolumeMounts: subPath checked with fldPath.Child(\"subPath\") (no index), subPathExpr and subPath mutually exclusive",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: sp}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: v\n        emptyDir: {}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: v, mountPath: /a, subPath: /abs}\n        - {name: v, mountPath: /b, subPath: a, subPathExpr: b}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/sp": [
        "spec.template.spec.containers[0].volumeMounts.subPath: Invalid value: \"/abs\": must be a relative path",
        "spec.template.spec.containers[0].volumeMounts[1].subPathExpr: Invalid value: \"b\": subPathExpr and subPath are mutually exclusive"
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
