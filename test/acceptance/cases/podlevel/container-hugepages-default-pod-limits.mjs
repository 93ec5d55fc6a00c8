// A container with hugepages limits in a pod with pod-level requests: the Pod create sets the pod-level hugepages
// limit to the containers' aggregate (defaultHugePagePodLimits) and then the pod-level hugepages request to that
// limit (defaultPodRequests: hugepages are not overcommittable, so not taken from the aggregate requests).
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/container-hugepages-default-pod-limits',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod -> defaultHugePagePodLimits ("When containers specify limits for hugepages and pod-level limits are not set for that resource, the pod-level limit will default to the aggregated hugepages limit"), then defaultPodRequests (IsOvercommitAllowed skips hugepages in the aggregate loop; the limits loop sets it); PR #131089 (1.34)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hp}
spec:
  cluster:
    nodePools:
    - name: h
      count: 1
      capacity: {cpu: "8", memory: 16Gi, hugepages-2Mi: 1Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: hc}
spec:
  template:
    spec:
      restartPolicy: Never
      resources:
        requests: {cpu: "1", memory: 2Gi}
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 500m, memory: 1Gi}
          limits: {hugepages-2Mi: 100Mi}
`,
  check(r, h) {
    const p = h.podsOf('hc')[0];
    h.eq(sorted(p.spec.containers[0].resources), { limits: { 'hugepages-2Mi': '100Mi' }, requests: { cpu: '500m', 'hugepages-2Mi': '100Mi', memory: '1Gi' } }, 'container requests defaulted from its limit');
    h.eq(sorted(p.spec.resources), { limits: { 'hugepages-2Mi': '100Mi' }, requests: { cpu: '1', 'hugepages-2Mi': '100Mi', memory: '2Gi' } }, 'pod spec.resources after defaulting');
    h.eq(p.status.phase, 'Succeeded', 'the pod runs');
  },
};
