// The generated defaulters run SetDefaults_PersistentVolumeClaimSpec on an ephemeral volume claim template: volumeMode Filesystem.
export default {
  id: 'podval/ephemeral-volumemode-default',
  source: "pkg/apis/core/v1/zz_generated.defaults.go: Ephemeral.VolumeClaimTemplate.Spec → SetDefaults_PersistentVolumeClaimSpec (volumeMode Filesystem)",
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: evm}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: scratch\n        ephemeral:\n          volumeClaimTemplate:\n            spec:\n              accessModes: [ReadWriteOnce]\n              resources: {requests: {storage: 1Gi}}\n      containers:\n      - name: c\n        image: busybox\n        volumeMounts: [{name: scratch, mountPath: /scratch}]\n",
  check(r, h) {
    const t = h.job('evm').spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec;
    h.eq(t.volumeMode, 'Filesystem', 'template volumeClaimTemplate.spec.volumeMode');
    const p = h.podsOf('evm')[0];
    h.eq(p.spec.volumes.find((v) => v.name === 'scratch').ephemeral.volumeClaimTemplate.spec.volumeMode, 'Filesystem', 'pod volumeMode');
  },
};
