// An iscsi volume of a Job's template gets iscsiInterface "default" when it names none.
export default {
  id: 'validation3/iscsi-volume-interface-defaulted',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_ISCSIVolumeSource ("if obj.ISCSIInterface == \\"\\" { obj.ISCSIInterface = \\"default\\" }"), applied to Job templates by zz_generated.defaults.go SetObjectDefaults_Job',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: iscsi
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
      - name: v
        iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.2015-02.example.com:test", lun: 0}
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    h.eq(h.job('iscsi').spec.template.spec.volumes[0].iscsi.iscsiInterface, 'default', 'iscsiInterface');
  },
};
