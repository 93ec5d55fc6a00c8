// No podFailurePolicy (podReplacementPolicy TerminatingOrFailed): the taint-evicted pod, stuck
// Terminating, counts as failed at once and is replaced at once (its failure dates from the pod's
// Ready=False, more than 10s earlier); status.terminating 1.
export default {
  id: 'cluster/evicted-counts-failed',
  source: 'job_controller.go isPodFailed (deletionTimestamp && phase != Succeeded when not onlyReplaceFailedPods); cronjob-and-friends.md §5.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    // w-1 only: the replacement cannot run (unreachable NoSchedule taint) and stays Pending
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'pods');
    const evict = h.sec(h.events({ reason: 'TaintManagerEviction' })[0].firstTimestamp);
    h.assert(h.sec(pods[1].metadata.creationTimestamp) - evict <= 1, `replacement created at +${h.sec(pods[1].metadata.creationTimestamp)}s, eviction at +${evict}s`);
    const job = h.job('j');
    h.eq(job.status.failed, 1, 'status.failed');
    h.eq(job.status.terminating, 1, 'status.terminating');
    h.eq(job.status.active, 1, 'status.active (the Pending replacement)');
    h.eq(pods[1].status.phase, 'Pending', 'replacement Pending');
    const ps = h.anyCond(pods[1], 'PodScheduled');
    h.eq([ps.status, ps.reason], ['False', 'Unschedulable'], 'replacement PodScheduled');
    h.assert(/^0\/2 nodes are available: 1 node\(s\) didn't match Pod's node affinity\/selector, 1 node\(s\) had untolerated taint\(s\)\./.test(ps.message), `message ${ps.message}`);
  },
};
