// SetDefaults_Container applies to init containers of a Job's template too (untagged image: Always),
// and a container port gets protocol TCP.
export default {
  id: 'validation3/init-container-defaults',
  source: 'pkg/apis/core/v1/zz_generated.defaults.go SetObjectDefaults_Job (SetDefaults_Container for InitContainers and Containers, SetDefaults_ContainerPort); pkg/apis/core/v1/defaults.go SetDefaults_Container (imagePullPolicy Always for :latest or no tag, terminationMessagePath /dev/termination-log, terminationMessagePolicy File), SetDefaults_ContainerPort (protocol TCP)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: d
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers: [{name: init, image: busybox}, {name: init2, image: "busybox:1.36"}]
      containers: [{name: abc, image: "image:1", ports: [{containerPort: 80}]}]
`,
  check(r, h) {
    const ps = h.job('d').spec.template.spec;
    h.eq(ps.initContainers.map((c) => [c.imagePullPolicy, c.terminationMessagePath, c.terminationMessagePolicy]),
      [['Always', '/dev/termination-log', 'File'], ['IfNotPresent', '/dev/termination-log', 'File']], 'init container defaults');
    h.eq(ps.containers[0].ports, [{ containerPort: 80, protocol: 'TCP' }], 'port protocol');
  },
};
