// Pod limits cpu 2/memory 1Gi, the container requests cpu 500m: the pod-level cpu request defaults to the containers'
// aggregate (500m), not to the pod limit; memory, requested by no container, defaults to the pod limit (1Gi).
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/requests-default-from-aggregate-not-limit',
  source: 'pkg/apis/core/v1/defaults.go defaultPodRequests (first loop: aggregate container requests for supported, overcommittable resources; second loop: pod limits for the rest; master 023f88a3, unchanged since the 1.32 alpha apart from hugepages); KEP-2837 "Design Principles" 3 and example 3',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      resources:
        limits: {cpu: "2", memory: 1Gi}
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 500m}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('a')[0];
    h.eq(sorted(p.spec.resources), { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } }, 'pod spec.resources after defaulting');
    h.eq(p.status.qosClass, 'Burstable', 'qosClass');
  },
};
