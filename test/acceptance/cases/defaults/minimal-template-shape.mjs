// The whole pod template of a minimal Job as the API server stores it: exactly the SetDefaults_PodSpec and
// SetDefaults_Container fields, resources {} (a struct, never omitted), nothing Pod-only (enableServiceLinks,
// tolerations, priority, serviceAccountName).
export default {
  id: 'defaults/minimal-template-shape',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container; staging/src/k8s.io/api/core/v1/types.go Container.Resources (ResourceRequirements struct, omitempty)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: mini}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const sortDeep = (v) => Array.isArray(v) ? v.map(sortDeep) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])])) : v;
    h.eq(sortDeep(h.job('mini').spec.template.spec), sortDeep({
      containers: [{ name: 'c', image: 'busybox:1.36', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' }],
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      securityContext: {},
      schedulerName: 'default-scheduler',
    }), 'template spec');
  },
};
