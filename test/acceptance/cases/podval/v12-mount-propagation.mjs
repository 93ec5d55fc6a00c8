// mount-propagation
export default {
  id: 'podval/mount-propagation',
  source: "validation.go validateMountPropagation (NotSupported; Bidirectional only for privileged), path volumeMounts.mountPropagation without index",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: mprop}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: v\n        emptyDir: {}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: v, mountPath: /a, mountPropagation: Weird}\n        - {name: v, mountPath: /b, mountPropagation: Bidirectional}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/mprop": [
        "spec.template.spec.containers[0].volumeMounts.mountPropagation: Unsupported value: \"Weird\": supported values: \"Bidirectional\", \"HostToContainer\", \"None\"",
        "spec.template.spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers"
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
