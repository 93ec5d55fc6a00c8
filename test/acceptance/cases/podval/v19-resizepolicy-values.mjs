// resizepolicy-values
export default {
  id: 'podval/resizepolicy-values',
  source: "validation.go validateResizePolicy (Duplicate on the index; NotSupported on the list path)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: rz}\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      containers:\n      - name: c\n        image: busybox\n        resizePolicy:\n        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: gpu, restartPolicy: NotRequired}\n        - {resourceName: cpu, restartPolicy: Sometimes}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/rz": [
        "spec.template.spec.containers[0].resizePolicy: Unsupported value: \"gpu\": supported values: \"cpu\", \"memory\"",
        "spec.template.spec.containers[0].resizePolicy[2]: Duplicate value: \"cpu\"",
        "spec.template.spec.containers[0].resizePolicy: Unsupported value: \"Sometimes\": supported values: \"NotRequired\", \"RestartContainer\""
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
