export default {
  id: 'tplval/c21-spread-mindomains-scheduleanyway',
  // minDomains only with DoNotSchedule
  source: "validation.go validateMinDomains",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: md\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      topologySpreadConstraints:\n      - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, minDomains: 2}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/md: spec.template.spec.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway"
  ]
];
    for (const [pos, m] of want) {
      const hit = probs.find((l) => l.endsWith(m));
      h.assert(hit, `missing: ${m}\n got: ${JSON.stringify(probs)}`);
      if (pos) h.assert(new RegExp('\\.yaml:' + pos + ': ').test(hit), `position ${pos} for: ${hit}`);
    }
    h.eq(probs.length, want.length, `number of problems (${JSON.stringify(probs)})`);
  },
};
