// Pod-level requests stated for cpu (1) are kept; memory, which no container requests, defaults to the pod-level
// memory limit (2Gi). The scheduler then counts 1 cpu: three such pods fit a 3-cpu node at once.
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/default-explicit-request-kept-rest-from-limit',
  source: 'pkg/apis/core/v1/defaults.go defaultPodRequests ("if _, exists := podReqs[key]; !exists" in both loops: stated requests win, pod limits fill the rest); component-helpers PodRequests; qos.go ComputePodQOS',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "3", memory: 16Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  parallelism: 3
  completions: 3
  template:
    spec:
      restartPolicy: Never
      resources:
        requests: {cpu: "1"}
        limits: {cpu: "2", memory: 2Gi}
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const pods = h.podsOf('d');
    h.eq(sorted(pods[0].spec.resources), { limits: { cpu: '2', memory: '2Gi' }, requests: { cpu: '1', memory: '2Gi' } }, 'pod spec.resources after defaulting');
    h.eq(pods[0].status.qosClass, 'Burstable', 'qosClass');
    h.eq(pods.map((p) => h.sec(p.status.startTime)), [0, 0, 0], 'three 1-cpu pods fit the 3-cpu node together');
  },
};
