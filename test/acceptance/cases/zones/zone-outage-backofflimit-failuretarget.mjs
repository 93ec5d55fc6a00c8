// A Job pinned to zone-a (backoffLimit 1) when the whole zone goes down, zone-b healthy: zone-a is
// FullDisruption at the normal rate, so a-1 and a-2 are tainted 10s apart (110s, 120s) and the pods evicted at
// 410s and 420s. The second eviction exceeds the backoff limit: FailureTarget (BackoffLimitExceeded) at the 421s
// sync, the pending replacement deleted (counted failed: 3); the evicted pods stay Terminating on the unreachable
// nodes, so the Job never gets Failed while the zone is down.
export default {
  id: 'zones/zone-outage-backofflimit-failuretarget',
  source: 'node_lifecycle_controller.go setLimiterInZone (FullDisruption -> HealthyQPSFunc), doNoExecuteTaintingPass; taint_eviction.go processPodOnNode (300s default toleration); job_controller.go trackJobStatusAndRemoveFinalizers (terminating pods counted failed), FailureTarget then Failed only when no pod is terminating',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: zone-a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const ne = (n) => h.sec(h.get('Node', n).spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    h.eq([ne('a-1'), ne('a-2')].sort(), [110, 120], 'taints 10s apart');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [410, 420], 'evictions');
    const job = h.job('j');
    const ft = h.hasCond(job, 'FailureTarget', 'BackoffLimitExceeded');
    h.eq(h.sec(ft.lastTransitionTime), 421, 'FailureTarget one second after the second eviction');
    h.noCond(job, 'Failed');
    h.eq([job.status.failed, job.status.terminating, job.status.active ?? 0], [3, 2, 0], 'counters');
  },
};
