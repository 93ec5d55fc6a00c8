// The ServiceAccount admission appends the token volume after the pod's own volumes and the mount after each
// container's own mounts, init containers included; a container that already mounts something at
// /var/run/secrets/kubernetes.io/serviceaccount gets no second mount.
export default {
  id: 'podstatus/sa-token-mount-placement',
  source: 'plugin/pkg/admission/serviceaccount/admission.go mountServiceAccountToken (append to pod.Spec.Volumes; for InitContainers and Containers: skip when a VolumeMount already has MountPath == DefaultAPITokenMountPath, else append)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  template:
    spec:
      volumes: [{ name: data, emptyDir: {} }]
      initContainers: [{ name: i, image: busybox:1.36, volumeMounts: [{ name: data, mountPath: /data }] }]
      containers:
      - { name: c, image: busybox:1.36, volumeMounts: [{ name: data, mountPath: /data }] }
      - { name: d, image: busybox:1.36, volumeMounts: [{ name: data, mountPath: /var/run/secrets/kubernetes.io/serviceaccount }] }
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('v')[0].spec;
    h.eq(s.volumes.length, 2, 'two volumes');
    h.eq(s.volumes[0], { name: 'data', emptyDir: {} }, 'own volume first');
    const tok = s.volumes[1].name;
    h.assert(/^kube-api-access-[a-z0-9]{5}$/.test(tok), `token volume ${tok}`);
    const m = (c) => c.volumeMounts.map((x) => [x.name, x.mountPath, x.readOnly ?? false]);
    const sa = '/var/run/secrets/kubernetes.io/serviceaccount';
    h.eq(m(s.initContainers[0]), [['data', '/data', false], [tok, sa, true]], 'init container mounts');
    h.eq(m(s.containers[0]), [['data', '/data', false], [tok, sa, true]], 'container c mounts');
    h.eq(m(s.containers[1]), [['data', sa, false]], 'container d: no second mount');
  },
};
