// README: quantities are stored in canonical form (cpu: 0.5 -> "500m", 1.5Gi -> "1536Mi"); pods (not
// templates) get the API server's pod defaults: a limit without a request becomes the request (so the
// scheduler counts it), enableServiceLinks: true.
export default {
  id: 'readme/quantities-and-limit-as-request',
  source: 'README Scenario format (canonical quantities; pod defaults not applied to templates); core/v1 defaults.go SetDefaults_Pod (requests from limits), SetDefaults_PodSpec (EnableServiceLinks); resource.Quantity canonical String()',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: { name: q }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { cpu: 0.5, memory: 1.5Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('q');
    h.eq(job.spec.template.spec.containers[0].resources, { limits: { cpu: '500m', memory: '1536Mi' } }, 'template: canonical, no requests');
    const pod = h.podsOf('q')[0];
    h.eq(pod.spec.containers[0].resources, { limits: { cpu: '500m', memory: '1536Mi' }, requests: { cpu: '500m', memory: '1536Mi' } }, 'pod: requests from limits');
    h.eq(pod.spec.enableServiceLinks, true, 'enableServiceLinks');
    h.eq([r.metrics.pools.node.cpuRequestedPeakMilli, r.metrics.pools.node.memoryRequestedPeakBytes], [500, 1536 * 2 ** 20], 'scheduler-counted requests');
  },
};
