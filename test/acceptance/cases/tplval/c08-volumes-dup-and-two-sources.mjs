export default {
  id: 'tplval/c08-volumes-dup-and-two-sources',
  // volumes: duplicate name, two sources in one volume
  source: "validation.go ValidateVolumes (Duplicate name) / validateVolumeSource (\"may not specify more than 1 volume type\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: vols\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - {name: v, emptyDir: {}}\n      - {name: v, emptyDir: {}}\n      - name: w\n        emptyDir: {}\n        hostPath: {path: /tmp}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/vols: spec.template.spec.volumes[1].name: Duplicate value: \"v\""
  ],
  [
    null,
    "Job default/vols: spec.template.spec.volumes[2].hostPath: Forbidden: may not specify more than 1 volume type"
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
