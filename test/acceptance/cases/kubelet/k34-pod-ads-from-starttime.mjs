// The kubelet measures a pod's activeDeadlineSeconds from status.startTime (its own acceptance), not
// from creation: the second pod waits 30s for cpu, starts at ~30s and is failed DeadlineExceeded 20s
// later (~50s), while its 5m run would otherwise continue.
export default {
  id: 'kubelet/pod-ads-from-starttime',
  source: 'pkg/kubelet/active_deadline.go pastActiveDeadline (start := podStatus.StartTime; clock.Since(start) >= ActiveDeadlineSeconds)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 3m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: second }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      activeDeadlineSeconds: 20
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('second')[0];
    const start = h.sec(p.status.startTime);
    h.assert(start >= 30, `second pod started after the first finished (at ${start})`);
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    h.near(h.sec(p.status.containerStatuses[0].state.terminated?.finishedAt), start + 20, 1, 'stopped 20s after startTime');
  },
};
