// projected-sources
export default {
  id: 'podval/projected-sources',
  source: "validation.go validateProjectionSources (Required secret name, conflicting duplicate paths on the projected path, serviceAccountToken expirationSeconds >= 10m)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: prj}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: a\n        projected:\n          sources:\n          - secret: {}\n          - configMap: {name: a, items: [{key: k, path: p}]}\n          - configMap: {name: b, items: [{key: k, path: p}]}\n          - serviceAccountToken: {path: t, expirationSeconds: 60}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/prj": [
        "spec.template.spec.volumes[0].projected.sources[0].secret.name: Required value",
        "spec.template.spec.volumes[0].projected: Invalid value: \"b\": conflicting duplicate paths",
        "spec.template.spec.volumes[0].projected.sources[3].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes"
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
