// configmap-volume-items
export default {
  id: 'podval/configmap-volume-items',
  source: "validation.go validateConfigMapVolumeSource, validateKeyToPath, ValidateLocalNonReservedPath",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: cmv}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: a\n        configMap:\n          items:\n          - {key: \"\", path: /abs}\n          - {key: k, path: ../x, mode: -1}\n          - {key: k2, path: ..x}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/cmv": [
        "spec.template.spec.volumes[0].configMap.name: Required value",
        "spec.template.spec.volumes[0].configMap.items[0].key: Required value",
        "spec.template.spec.volumes[0].configMap.items[0].path: Invalid value: \"/abs\": must be a relative path",
        "spec.template.spec.volumes[0].configMap.items[1].path: Invalid value: \"../x\": must not contain '..'",
        "spec.template.spec.volumes[0].configMap.items[1].mode: Invalid value: -1: must be a number between 0 and 0777 (octal), both inclusive",
        "spec.template.spec.volumes[0].configMap.items[2].path: Invalid value: \"..x\": must not start with '..'"
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
