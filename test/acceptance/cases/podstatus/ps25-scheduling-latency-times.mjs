// With a 2s scheduling latency the binding (PodScheduled True) and the kubelet's startTime both fall at 2s, while
// creationTimestamp stays 0s.
export default {
  id: 'podstatus/scheduling-latency-times',
  source: 'pkg/registry/core/pod/storage/storage.go setPodNodeAndMetadata (PodScheduled True at binding); status_manager.go updateStatusInternal (StartTime at the first kubelet status)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 30s
  latencies: { scheduling: 2s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: sl }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('sl')[0];
    h.eq([h.sec(p.metadata.creationTimestamp), h.sec(h.anyCond(p, 'PodScheduled').lastTransitionTime), h.sec(p.status.startTime), h.sec(p.status.containerStatuses[0].state.running.startedAt)], [0, 2, 2, 2], '[created, scheduled, startTime, startedAt]');
  },
};
