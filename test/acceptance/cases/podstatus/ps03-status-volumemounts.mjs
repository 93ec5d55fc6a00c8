// Since RecursiveReadOnlyMounts (GA and locked on in 1.33) the kubelet mirrors every volumeMount of the container
// into containerStatuses[].volumeMounts: name, mountPath, readOnly (omitted when false) and, for a read-only
// mount, recursiveReadOnly "Disabled" (the mount did not ask for recursive read-only).
export default {
  id: 'podstatus/status-volumemounts',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses ("status.VolumeMounts cannot be propagated from kubecontainer.Status": VolumeMountStatus{Name, MountPath, ReadOnly}, RecursiveReadOnly = &rroMode (Disabled)); pkg/features/kube_features.go RecursiveReadOnlyMounts GA 1.33 LockToDefault',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: vm }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      volumes: [{ name: data, emptyDir: {} }]
      containers: [{ name: c, image: busybox:1.36, volumeMounts: [{ name: data, mountPath: /data }] }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('vm')[0];
    const tok = p.spec.volumes.find((v) => v.projected).name;
    h.eq(p.status.containerStatuses[0].volumeMounts, [
      { name: 'data', mountPath: '/data' },
      { name: tok, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true, recursiveReadOnly: 'Disabled' },
    ], 'containerStatuses[0].volumeMounts');
  },
};
