// hostNetwork: every container port is a host port (the API server defaults hostPort = containerPort). Two pods of one
// Job created bound to the same node, both listening on 9100: the first runs; the kubelet refuses the second with
// Warning NodePorts "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports" and the
// pod Failed "Pod was rejected: ...". backoffLimit 0: the Job fails and deletes the running pod (Killing at +1s).
export default {
  id: 'kubeevents/adm13-hostnetwork-port-conflict',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod (hostNetwork: hostPort = containerPort); pkg/scheduler/schedule_one.go AdmissionCheck (nodeports.Fits); lifecycle/predicate.go PredicateFailureError; kubelet.go rejectPod',
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
metadata: { name: hn }
spec:
  backoffLimit: 0
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: w-1
      hostNetwork: true
      containers: [{ name: main, image: app:1, ports: [{ containerPort: 9100 }] }]
      restartPolicy: Never
`,
  check(r, h) {
    const [a, b] = h.podsOf('hn');
    h.eq(a.spec.containers[0].ports[0].hostPort, 9100, 'hostPort defaulted');
    const msg = "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports";
    h.eq(h.events({ name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [[0, 'Warning', 'NodePorts', msg]], 'second pod rejected');
    h.eq([b.status.phase, b.status.reason, b.status.message], ['Failed', 'NodePorts', `Pod was rejected: ${msg}`], 'rejected status');
    h.eq(h.events({ name: a.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'Pulled'], [0, 'Created'], [0, 'Started'], [1, 'Killing']], 'first pod events');
    h.hasCond(h.job('hn'), 'Failed', 'BackoffLimitExceeded');
  },
};
