// pod-securitycontext-ids
export default {
  id: 'podval/pod-securitycontext-ids',
  source: "validation.go validatePodSpecSecurityContext (IsValidUserID / IsValidGroupID: InclusiveRangeError(0, MaxInt32))",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: psc}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      securityContext: {runAsUser: -1, runAsGroup: 2147483648, fsGroup: -5, supplementalGroups: [1, -1]}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/psc": [
        "spec.template.spec.securityContext.fsGroup: Invalid value: -5: must be between 0 and 2147483647, inclusive",
        "spec.template.spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive",
        "spec.template.spec.securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive",
        "spec.template.spec.securityContext.supplementalGroups[1]: Invalid value: -1: must be between 0 and 2147483647, inclusive"
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
