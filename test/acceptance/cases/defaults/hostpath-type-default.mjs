// SetDefaults_HostPathVolumeSource: a hostPath volume without type gets type "" (HostPathUnset), on the template and the pod.
export default {
  id: 'defaults/hostpath-type-default',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_HostPathVolumeSource ("typeVol := v1.HostPathUnset; if obj.Type == nil { obj.Type = &typeVol }")',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: hp}
spec:
  template:
    spec:
      restartPolicy: Never
      volumes: [{name: v, hostPath: {path: /tmp}}]
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    h.eq(h.job('hp').spec.template.spec.volumes[0].hostPath, { path: '/tmp', type: '' }, 'template hostPath');
    h.eq(h.podsOf('hp')[0].spec.volumes.find((v) => v.name === 'v').hostPath, { path: '/tmp', type: '' }, 'pod hostPath');
  },
};
