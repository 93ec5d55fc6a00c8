// Drain of a node whose pod ignores SIGTERM, with podReplacementPolicy Failed: the replacement waits for the
// SIGKILL at the end of the 30s grace (137 at 90s) plus the 10s back-off, and lands on the other node.
export default {
  id: 'newfeat/nf23-drain-ignore-sigterm-prp-failed',
  source: 'job_controller.go podReplacementPolicy Failed; kuberuntime_container.go killContainer; kubectl drain',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 2
  parallelism: 2
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const pods = h.podsOf('etl');
    const ev = pods.find((p) => p.spec.nodeName === 'w-1');
    const t = ev.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 90], 'SIGKILL');
    const later = pods.filter((p) => h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(later.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName]), [[100, 'w-2']], 'replacement');
    const j = h.job('etl');
    h.eq([j.status.failed, j.status.succeeded], [1, 2], 'counters');
  },
};
