export default {
  id: 'tplval/d05-volumedevices-not-found-and-path',
  // volumeDevices: unknown volume, missing devicePath, backsteps
  source: "validation.go ValidateVolumeDevices: NotFound(name), Required(devicePath), \"can not contain backsteps ('..')\"",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: vdev2\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - {name: data, persistentVolumeClaim: {claimName: pvc}}\n      containers:\n      - name: c\n        image: busybox\n        volumeDevices:\n        - {name: nope, devicePath: \"\"}\n        - {name: data, devicePath: /dev/../x}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/vdev2: spec.template.spec.containers[0].volumeDevices[0].name: Not found: \"nope\""
  ],
  [
    null,
    "Job default/vdev2: spec.template.spec.containers[0].volumeDevices[0].devicePath: Required value"
  ],
  [
    null,
    "Job default/vdev2: spec.template.spec.containers[0].volumeDevices[1].devicePath: Invalid value: \"/dev/../x\": can not contain backsteps ('..')"
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
