// A volume that fails validation is left out of the map the mounts are checked against, so its mount is also "Not found".
export default {
  id: 'podval/invalid-volume-not-mountable',
  source: "validation.go ValidateVolumes (a volume with errors is not added to the volume map) + ValidateVolumeMounts (NotFound)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: hpm}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: h\n        hostPath: {path: \"\"}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts: [{name: h, mountPath: /h}]\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/hpm": [
        "spec.template.spec.volumes[0].hostPath.path: Required value",
        "spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"h\""
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
