// downwardapi-volume-items
export default {
  id: 'podval/downwardapi-volume-items',
  source: "validation.go validateDownwardAPIVolumeFile (called with the downwardAPI path, no item index), validVolumeDownwardAPIFieldPathExpressions",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: dav}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: a\n        downwardAPI:\n          items:\n          - {path: x, fieldRef: {fieldPath: spec.nodeName}}\n          - {path: why}\n          - {path: /abs, fieldRef: {fieldPath: metadata.name}}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/dav": [
        "spec.template.spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: \"spec.nodeName\": supported values: \"metadata.annotations\", \"metadata.labels\", \"metadata.name\", \"metadata.namespace\", \"metadata.uid\"",
        "spec.template.spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required",
        "spec.template.spec.volumes[0].downwardAPI.path: Invalid value: \"/abs\": must be a relative path"
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
