// hostpath-type-and-backsteps
export default {
  id: 'podval/hostpath-type-and-backsteps',
  source: "validation.go validateHostPathType (NotSupported, sets.List order) and validatePathNoBacksteps",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: hpt}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: a\n        hostPath: {path: /data, type: Dir}\n      - name: b\n        hostPath: {path: /a/../etc}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/hpt": [
        "spec.template.spec.volumes[0].hostPath.type: Unsupported value: \"Dir\": supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\"",
        "spec.template.spec.volumes[1].hostPath.path: Invalid value: \"/a/../etc\": must not contain '..'"
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
