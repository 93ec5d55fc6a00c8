// container-securitycontext
export default {
  id: 'podval/container-securitycontext',
  source: "validation.go ValidateSecurityContext (user/group ids) and validateSeccompProfileField (Localhost needs a relative localhostProfile)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: csc}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        securityContext: {runAsUser: -2, runAsGroup: -3, seccompProfile: {type: Localhost}}\n      - name: d\n        image: busybox\n        securityContext: {seccompProfile: {type: Localhost, localhostProfile: /abs.json}}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/csc": [
        "spec.template.spec.containers[0].securityContext.runAsUser: Invalid value: -2: must be between 0 and 2147483647, inclusive",
        "spec.template.spec.containers[0].securityContext.runAsGroup: Invalid value: -3: must be between 0 and 2147483647, inclusive",
        "spec.template.spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost",
        "spec.template.spec.containers[1].securityContext.seccompProfile.localhostProfile: Invalid value: \"/abs.json\": must be a relative path"
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
