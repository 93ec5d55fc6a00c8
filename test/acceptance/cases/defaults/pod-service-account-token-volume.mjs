// The ServiceAccount admission plugin mounts the projected API token into every container of a pod that does not
// opt out (automountServiceAccountToken unset): volume kube-api-access-<5 chars>, mount at
// /var/run/secrets/kubernetes.io/serviceaccount, read-only. With automountServiceAccountToken: false nothing is added.
export default {
  id: 'defaults/pod-service-account-token-volume',
  source: 'plugin/pkg/admission/serviceaccount/admission.go mountServiceAccountToken, TokenVolumeSource (token expirationSeconds 3607, kube-root-ca.crt ca.crt, downwardAPI namespace, defaultMode 420), DefaultAPITokenMountPath',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: tok}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: notok}
spec:
  template:
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const [p] = h.podsOf('tok');
    const vols = p.spec.volumes ?? [];
    h.eq(vols.length, 1, 'one volume');
    h.assert(/^kube-api-access-[a-z0-9]{5}$/.test(vols[0].name), `volume name ${vols[0].name}`);
    h.eq(vols[0].projected, {
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
      defaultMode: 420,
    }, 'projected token volume');
    h.eq(p.spec.containers[0].volumeMounts, [{ name: vols[0].name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }], 'volumeMounts');
    const [q] = h.podsOf('notok');
    h.eq([q.spec.volumes, q.spec.containers[0].volumeMounts], [undefined, undefined], 'automountServiceAccountToken false: nothing mounted');
  },
};
