export default {
  id: 'tplval/c07-volumemount-notfound-unique-subpath',
  // volume mounts: unknown volume, duplicate mountPath, absolute subPath (reported on volumeMounts.subPath)
  source: "validation.go ValidateVolumeMounts (NotFound, \"must be unique\", validateLocalDescendingPath(fldPath.Child(\"subPath\")))",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: vm\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - {name: v, emptyDir: {}}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts:\n        - {name: nope, mountPath: /a}\n        - {name: v, mountPath: /a}\n        - {name: v, mountPath: /b, subPath: /abs}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/vm: spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"nope\""
  ],
  [
    null,
    "Job default/vm: spec.template.spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/a\": must be unique"
  ],
  [
    null,
    "Job default/vm: spec.template.spec.containers[0].volumeMounts.subPath: Invalid value: \"/abs\": must be a relative path"
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
