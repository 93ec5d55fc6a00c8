// PodLevelResources: Pod defaulting (defaultPodRequests) sets pod-level requests from pod-level limits when no
// container requests that resource; the pod is then Guaranteed and the scheduler counts 2 cpu.
export default {
  id: 'gates135/plr04-pod-limits-default-pod-requests',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod -> defaultPodRequests (PodLevelResources: pod-level requests default to pod-level limits); qos.go ComputePodQOS',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: plr}
spec:
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: {cpu: "3", memory: 16Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations: {jobsim/duration: "30s"}
    spec:
      resources:
        limits: {cpu: "2", memory: 1Gi}
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('q');
    h.eq(pods[0].spec.resources, { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '2', memory: '1Gi' } }, 'pod spec.resources after defaulting');
    h.eq(pods[0].status.qosClass, 'Guaranteed', 'qosClass');
    h.eq(pods.map((p) => h.sec(p.status.startTime)).sort((a, b) => a - b), [0, 30], 'second 2-cpu pod waits for the first on a 3-cpu node');
  },
};
