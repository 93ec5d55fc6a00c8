// With InPlacePodVerticalScaling (beta, on by default since 1.33) the kubelet reports each started container's
// resources in containerStatuses[].resources (the allocated requests/limits, the cgroup values being equal here).
export default {
  id: 'podstatus/containerstatus-resources',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (if InPlacePodVerticalScaling: status.Resources = convertContainerStatusResources(allocatedContainer, ...), which starts from allocatedContainer.Resources.DeepCopy()); pkg/features/kube_features.go InPlacePodVerticalScaling Beta default true 1.33',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: rs }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 250m, memory: 64Mi }, limits: { cpu: 500m, memory: 64Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const cs = h.podsOf('rs')[0].status.containerStatuses[0];
    const sortDeep = (v) => Array.isArray(v) ? v.map(sortDeep) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortDeep(v[k])])) : v;
    h.eq(sortDeep(cs.resources), sortDeep({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '64Mi' } }), 'containerStatuses[0].resources');
  },
};
