// lifecycle-sleep-vs-grace
export default {
  id: 'podval/lifecycle-sleep-vs-grace',
  source: "validation.go validateSleepAction (PodLifecycleSleepActionAllowZero on: non-negative and <= terminationGracePeriodSeconds)",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: slp}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        lifecycle: {preStop: {sleep: {seconds: 60}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: slpok}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      terminationGracePeriodSeconds: 120\n      containers:\n      - name: c\n        image: busybox\n        lifecycle: {preStop: {sleep: {seconds: 60}}}\n",
  check(r, h) {
    const lines = r.stderr.split('\n').filter(Boolean);
    const jobs = {
      "Job default/slp": [
        "spec.template.spec.containers[0].lifecycle.preStop.sleep: Invalid value: 60: must be non-negative and less than terminationGracePeriodSeconds (30)"
      ],
      "Job default/slpok": []
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
