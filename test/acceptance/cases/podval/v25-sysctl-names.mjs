// sysctl-names
export default {
  id: 'podval/sysctl-names',
  source: "validation.go validateSysctls (Required, IsValidSysctlName message with the regexp, Duplicate)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: sys}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      securityContext:\n        sysctls:\n        - {name: \"bad!\", value: \"1\"}\n        - {name: kernel.shm_rmid_forced, value: \"1\"}\n        - {name: kernel.shm_rmid_forced, value: \"0\"}\n        - {name: \"\", value: \"1\"}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/sys": [
        "spec.template.spec.securityContext.sysctls[0].name: Invalid value: \"bad!\": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$",
        "spec.template.spec.securityContext.sysctls[2].name: Duplicate value: \"kernel.shm_rmid_forced\"",
        "spec.template.spec.securityContext.sysctls[3].name: Required value"
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
