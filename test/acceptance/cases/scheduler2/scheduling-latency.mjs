// latencies.scheduling delays each binding: Scheduled and PodScheduled=True at +2s, the container
// starts then and ends 10s later.
export default {
  id: 'scheduler2/scheduling-latency',
  source: 'README "Scenario format" latencies.scheduling; schedule_one.go (PodScheduled True set at binding)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  latencies: { scheduling: 2s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [2], 'Scheduled at +2s');
    h.eq(h.sec(h.anyCond(p, 'PodScheduled').lastTransitionTime), 2, 'PodScheduled at +2s');
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.finishedAt), 12, 'finished at +12s');
  },
};
