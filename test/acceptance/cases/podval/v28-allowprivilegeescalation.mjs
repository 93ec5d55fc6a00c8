// allowprivilegeescalation
export default {
  id: 'podval/allowprivilegeescalation',
  source: "validation.go ValidateSecurityContext (allowPrivilegeEscalation false with privileged true / CAP_SYS_ADMIN; the value is the SecurityContext struct, so only path and detail are asserted)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: ape}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        securityContext: {privileged: true, allowPrivilegeEscalation: false}\n      - name: d\n        image: busybox\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/ape": [
        [
          "spec.template.spec.containers[0].securityContext: Invalid value: ",
          "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"
        ],
        [
          "spec.template.spec.containers[1].securityContext: Invalid value: ",
          "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"
        ]
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
