// PodLevelResources: the requested-CPU metric follows what the scheduler counts (pod-level requests).
export default {
  id: 'gates135/plr05-metrics-count-pod-level',
  source: 'component-helpers resource.PodRequests (pod-level requests replace the container aggregate); README metrics pools.NAME.cpuRequestedPeakMilli',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: plr}
spec:
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations: {jobsim/duration: "60s"}
    spec:
      resources:
        requests: {cpu: 1500m}
      containers:
      - name: c
        image: busybox
        resources:
          requests: {cpu: 100m}
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 3000, 'cpuRequestedPeakMilli (2 pods x 1500m pod-level)');
  },
};
