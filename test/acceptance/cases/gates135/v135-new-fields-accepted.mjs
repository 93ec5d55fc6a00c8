// Fields whose gates are on by default in 1.35 are accepted in a Job's pod template and reach the pods:
// hostnameOverride (HostnameOverride beta), env valueFrom.fileKeyRef (EnvFiles beta), image volumes (ImageVolume beta on in 1.35).
export default {
  id: 'gates135/v135-new-fields-accepted',
  source: 'kube_features.go HostnameOverride {1.35 Beta on}, EnvFiles {1.35 Beta on}, ImageVolume {1.35 Beta on}; pkg/api/pod dropDisabledFields keeps them when the gate is on',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nf}
spec:
  template:
    spec:
      restartPolicy: Never
      hostnameOverride: worker.example.com
      initContainers:
      - name: setup
        image: busybox
        volumeMounts: [{name: cfg, mountPath: /data}]
      containers:
      - name: c
        image: busybox
        env:
        - name: DB
          valueFrom: {fileKeyRef: {volumeName: cfg, path: env.txt, key: DB}}
        volumeMounts: [{name: model, mountPath: /model}]
      volumes:
      - {name: cfg, emptyDir: {}}
      - {name: model, image: {reference: "quay.io/x/model:v1", pullPolicy: IfNotPresent}}
`,
  check(r, h) {
    const p = h.podsOf('nf')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(p.spec.hostnameOverride, 'worker.example.com', 'hostnameOverride');
    h.eq(p.spec.containers[0].env[0].valueFrom.fileKeyRef, { volumeName: 'cfg', path: 'env.txt', key: 'DB' }, 'fileKeyRef');
    h.eq(p.spec.volumes.find((v) => v.name === 'model').image.reference, 'quay.io/x/model:v1', 'image volume');
  },
};
