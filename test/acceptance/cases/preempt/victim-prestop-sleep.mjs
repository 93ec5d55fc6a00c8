// The victim's preStop sleep (5s) holds its SIGTERM within the 30s grace period; it then exits at
// once (143) and the nominated preemptor binds at +65s.
export default {
  id: 'preempt/victim-prestop-sleep',
  source: 'preemption.go PreemptPod (graceful util.DeletePod); kubelet killContainer (preStop hook runs before SIGTERM, within the grace period)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources: { requests: { cpu: "2" } }
        lifecycle: { preStop: { sleep: { seconds: 5 } } }
`,
  check(r, h) {
    const v = h.podsOf('low')[0];
    const hi = h.podsOf('hi')[0];
    h.eq([h.exitCodeOf(v), h.sec(v.status.containerStatuses[0].state.terminated.finishedAt)], [143, 65], 'victim exits on SIGTERM after the hook');
    h.eq(h.sec(v.metadata.deletionTimestamp), 90, 'deletionTimestamp = request + 30s');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [65], 'bound at +65s');
  },
};
