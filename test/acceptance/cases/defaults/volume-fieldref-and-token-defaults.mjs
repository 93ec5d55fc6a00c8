// Defaults inside volumes: downwardAPI (plain and projected) fieldRefs get apiVersion "v1"
// (SetDefaults_ObjectFieldSelector); a projected serviceAccountToken gets expirationSeconds 3600
// (SetDefaults_ServiceAccountTokenProjection); defaultMode 420 on downwardAPI, projected and configMap.
export default {
  id: 'defaults/volume-fieldref-and-token-defaults',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_ObjectFieldSelector, SetDefaults_ServiceAccountTokenProjection ("hour := int64(time.Hour.Seconds())"), SetDefaults_DownwardAPIVolumeSource, SetDefaults_ProjectedVolumeSource, SetDefaults_ConfigMapVolumeSource',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: vol}
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
      - name: p
        projected:
          sources:
          - serviceAccountToken: {path: tok}
          - downwardAPI:
              items:
              - {path: ns, fieldRef: {fieldPath: metadata.namespace}}
      - name: d
        downwardAPI:
          items:
          - {path: name, fieldRef: {fieldPath: metadata.name}}
      - name: cm
        configMap: {name: x}
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const vols = h.job('vol').spec.template.spec.volumes;
    const by = Object.fromEntries(vols.map((v) => [v.name, v]));
    h.eq(by.p.projected.defaultMode, 420, 'projected defaultMode');
    h.eq(by.p.projected.sources[0].serviceAccountToken, { path: 'tok', expirationSeconds: 3600 }, 'token expirationSeconds');
    h.eq(by.p.projected.sources[1].downwardAPI.items[0].fieldRef, { fieldPath: 'metadata.namespace', apiVersion: 'v1' }, 'projected downwardAPI fieldRef');
    h.eq(by.d.downwardAPI.defaultMode, 420, 'downwardAPI defaultMode');
    h.eq(by.d.downwardAPI.items[0].fieldRef, { fieldPath: 'metadata.name', apiVersion: 'v1' }, 'downwardAPI fieldRef');
    h.eq(by.cm.configMap.defaultMode, 420, 'configMap defaultMode');
  },
};
