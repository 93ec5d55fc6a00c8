// Pod-level request defaulting is a Pod default (SetDefaults_Pod), never a template one: after the Job's pod was
// created with requests defaulted from the pod limits, the Job's own template still has limits only.
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/template-keeps-pod-level-resources-undefaulted',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod ("we only want this defaulting semantic to take place on a v1.Pod and not a v1.PodTemplate"; defaultPodRequests is called only from SetDefaults_Pod); pkg/controller/job: the pod is a copy of the template (GetPodFromTemplate), the Job object is not rewritten',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  template:
    spec:
      resources:
        limits: {cpu: "2", memory: 1Gi}
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(sorted(h.podsOf('t')[0].spec.resources), { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '2', memory: '1Gi' } }, 'the pod is defaulted');
    h.eq(sorted(h.job('t').spec.template.spec.resources), { limits: { cpu: '2', memory: '1Gi' } }, 'the Job template is not');
  },
};
