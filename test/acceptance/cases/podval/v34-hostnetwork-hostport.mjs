// hostnetwork-hostport
export default {
  id: 'podval/hostnetwork-hostport',
  source: "validation.go validatePodHostNetworkDeps (template: hostPort 0 or equal to containerPort)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: hnp}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      hostNetwork: true\n      containers:\n      - name: c\n        image: busybox\n        ports: [{containerPort: 80, hostPort: 81}]\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/hnp": [
        "spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true"
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
