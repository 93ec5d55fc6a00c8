export default {
  id: 'tplval/d11-mountpath-empty-twice-unique',
  // two mounts with an empty mountPath: the second is also "must be unique"
  source: "validation.go ValidateVolumeMounts: Required(mountPath) and, independently, mountpoints.Has(mnt.MountPath) -> Invalid(mountPath, \"\", \"must be unique\")",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: mp\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - {name: v, emptyDir: {}}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: v, mountPath: \"\"}\n        - {name: v, mountPath: \"\"}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/mp: spec.template.spec.containers[0].volumeMounts[0].mountPath: Required value"
  ],
  [
    null,
    "Job default/mp: spec.template.spec.containers[0].volumeMounts[1].mountPath: Required value"
  ],
  [
    null,
    "Job default/mp: spec.template.spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"\": must be unique"
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
