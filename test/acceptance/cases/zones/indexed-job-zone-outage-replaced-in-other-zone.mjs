// An Indexed Job spread over two zones when zone-a goes down for good: the two indexes on a-1 and a-2 are evicted
// at 410s and 420s (zone-a tainted 10s apart), replaced with the same indexes in zone-b one second later, and the
// Job meets its success criteria when the last replacement ends (421s + 20m -> 1622s). The evicted pods stay
// Terminating on the unreachable nodes, so the Job never gets Complete: SuccessCriteriaMet only, terminating 2.
export default {
  id: 'zones/indexed-job-zone-outage-replaced-in-other-zone',
  source: 'node_lifecycle_controller.go setLimiterInZone (FullDisruption -> HealthyQPSFunc), doNoExecuteTaintingPass; job_controller.go (Indexed replacement of a failed index; terminal condition delayed while pods are terminating: delayTerminalCondition with JobPodReplacementPolicy/JobManagedBy on)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: idx }
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: "20m" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const idx = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const ev = h.events({ reason: 'TaintManagerEviction' }).map((e) => {
      const p = h.get('Pod', e.involvedObject.name);
      return [h.sec(e.firstTimestamp), idx(p), p.spec.nodeName];
    });
    // (which zone-a node is tainted first is the parallel monitor pass's order: only the pairs are checked)
    h.eq(ev.map((x) => x[0]), [410, 420], 'evictions 10s apart');
    h.eq(ev.map((x) => x[2]).sort(), ['a-1', 'a-2'], 'the zone-a pods');
    const repl = h.podsOf('idx').filter((p) => h.sec(p.metadata.creationTimestamp) > 0).map((p) => [h.sec(p.metadata.creationTimestamp), idx(p), p.metadata.labels['topology.kubernetes.io/zone'], p.status.phase]);
    h.eq(repl, ev.map(([t, i]) => [t + 1, i, 'zone-b', 'Succeeded']), 'each evicted index replaced in zone-b one second later');
    const job = h.job('idx');
    h.eq(h.sec(h.hasCond(job, 'SuccessCriteriaMet', 'CompletionsReached').lastTransitionTime), 1622, 'success criteria met');
    h.noCond(job, 'Complete');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating, job.status.completedIndexes], [4, 2, 2, '0-3'], 'status');
  },
};
