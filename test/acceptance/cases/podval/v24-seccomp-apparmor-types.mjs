// seccomp-apparmor-types
export default {
  id: 'podval/seccomp-apparmor-types',
  source: "validation.go validateSeccompProfileType, ValidateAppArmorProfileField",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: sat}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      securityContext:\n        seccompProfile: {type: Bogus}\n        appArmorProfile: {type: Localhost}\n      containers:\n      - name: c\n        image: busybox\n        securityContext: {appArmorProfile: {type: \"\"}}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/sat": [
        "spec.template.spec.securityContext.seccompProfile.type: Unsupported value: \"Bogus\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\"",
        "spec.template.spec.securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost",
        "spec.template.spec.containers[0].securityContext.appArmorProfile.type: Required value: type is required when appArmorProfile is set"
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
