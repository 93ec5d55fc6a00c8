// "first" holds hostPort 8080/TCP on w-1; "late", created bound to w-1 with the same host port, is refused by the kubelet: Warning NodePorts "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports".
export default {
  id: 'kubeevents/adm06-nodeports-conflict',
  source: 'pkg/scheduler/schedule_one.go AdmissionCheck (nodeports.Fits -> AdmissionResult{Name: NodePorts, Reason: ErrReason}); lifecycle/predicate.go PredicateFailureError.Error ("Predicate %s failed: %s"); kubelet.go rejectPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, ports: [{ containerPort: 8080, hostPort: 8080 }] }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: late }
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, ports: [{ containerPort: 9090, hostPort: 8080 }] }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const msg = "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports";
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]),
      [[0, 'Warning', 'NodePorts', msg]], 'kubelet events of the rejected pod');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'NodePorts', `Pod was rejected: ${msg}`], 'rejected pod status');
    h.eq(h.podsOf('first')[0].status.phase, 'Running', 'the first pod runs');
  },
};
