export default {
  id: 'tplval/d04-volumedevices-non-pvc',
  // volumeDevices may only name a PVC or ephemeral volume
  source: "validation.go ValidateVolumeDevices (called from validateContainerCommon): didMatch && !isPVC -> \"can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode\"",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: vdev\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - {name: scratch, emptyDir: {}}\n      containers:\n      - name: c\n        image: busybox\n        volumeDevices:\n        - {name: scratch, devicePath: /dev/xvda}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/vdev: spec.template.spec.containers[0].volumeDevices[0].name: Invalid value: \"scratch\": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"
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
