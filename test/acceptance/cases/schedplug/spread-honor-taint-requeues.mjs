// A pod refused by a zone spread constraint with nodeTaintsPolicy Honor (and by cpu elsewhere) is requeued
// when the only node of the empty zone gets a taint (a cordon: node.kubernetes.io/unschedulable): that zone
// no longer counts, the skew is met, and the pod binds at the cordon, not at the 5-minute flush.
export default {
  id: 'schedplug/spread-honor-taint-requeues',
  source: 'podtopologyspread/plugin.go EventsToRegister (Node Add|Delete|UpdateNodeLabel|UpdateNodeTaint) and isSchedulableAfterNodeChange ("2. Node/UpdateNodeTaint: The modified node match the pod\'s topology spread constraints, and the original node and the modified node have different taints" -> Queue); common.go matchNodeInclusionPolicies (NodeTaintsPolicy Honor); filtering.go calPreFilterState/Filter; nodelifecycle doNoScheduleTaintingPass (TaintNodeUnschedulable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 8m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
    - { name: c, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zc } }
  faults:
  - { at: 60s, cordonNode: c-1 }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, nodeTaintsPolicy: Honor, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: xa }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: xb }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: c-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[10, "0/3 nodes are available: 1 node(s) didn't match pod topology spread constraints, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."]], 'refused at +10s');
    const c1 = h.get('Node', 'c-1', undefined);
    h.eq((c1.spec.taints ?? []).map((t) => [t.key, t.effect, h.sec(t.timeAdded)]), [['node.kubernetes.io/unschedulable', 'NoSchedule', 60]], 'c-1 tainted at the cordon');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Successfully assigned default/${p.metadata.name} to a-1`]], 'bound to a-1 when c-1 is tainted');
  },
};
