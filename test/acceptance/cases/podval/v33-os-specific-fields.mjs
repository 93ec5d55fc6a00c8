// os-specific-fields
export default {
  id: 'podval/os-specific-fields',
  source: "validation.go ValidatePodSpec → validateLinux / validateWindows",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: oslin}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      os: {name: linux}\n      securityContext: {windowsOptions: {runAsUserName: app}}\n      containers:\n      - name: c\n        image: busybox\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: oswin}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      os: {name: windows}\n      hostPID: true\n      securityContext: {runAsUser: 1000}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/oslin": [
        "spec.template.spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod"
      ],
      "Job default/oswin": [
        "spec.template.spec.hostPID: Forbidden: cannot be set for a windows pod",
        "spec.template.spec.securityContext.runAsUser: Forbidden: cannot be set for a windows pod"
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
