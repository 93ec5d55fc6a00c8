// secret-volume-rules
export default {
  id: 'podval/secret-volume-rules',
  source: "validation.go validateSecretVolumeSource (Required secretName, defaultMode range fileModeErrorMsg)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: sv}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: a\n        secret: {}\n      - name: b\n        secret: {secretName: s, defaultMode: 512}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/sv": [
        "spec.template.spec.volumes[0].secret.secretName: Required value",
        "spec.template.spec.volumes[1].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"
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
