// Pod limits cpu 1/memory 1Gi and a container limited the same (no requests anywhere): the Pod create defaults the
// container's requests from its limits, then the pod-level requests from the containers' aggregate (1, 1Gi), so the
// pod is Guaranteed.
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/requests-default-from-container-limits-guaranteed',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod (container requests from limits, then defaultPodRequests: "When at least one container ... has requests set: The pod-level requests become equal to the effective requests of all containers", read at master 023f88a3, same function as 1.34/1.35); KEP-2837 table row 6/example 2; pkg/apis/core/helper/qos/qos.go ComputePodQOS (pod-level branch)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      resources:
        limits: {cpu: "1", memory: 1Gi}
      containers:
      - name: c
        image: busybox
        resources:
          limits: {cpu: "1", memory: 1Gi}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g')[0];
    h.eq(sorted(p.spec.resources), { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } }, 'pod spec.resources after defaulting');
    h.eq(p.status.qosClass, 'Guaranteed', 'qosClass');
  },
};
