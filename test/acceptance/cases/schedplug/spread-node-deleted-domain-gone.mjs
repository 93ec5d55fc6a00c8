// Deleting the only node of the empty zone removes that domain: a pod refused by a zone spread constraint
// (zone za holds one matching pod, zone zb none but its node is full) is requeued by the Node delete and
// binds to a-1 at once (skew 1 + 1 - 1 = 1 over the one domain left).
export default {
  id: 'schedplug/spread-node-deleted-domain-gone',
  source: 'podtopologyspread/plugin.go EventsToRegister (Node Add|Delete|...) and isSchedulableAfterNodeChange ("4. Node/Delete: The original node matched the pod\'s topology spread constraints" -> Queue); filtering.go calPreFilterState (domains from the snapshot\'s nodes); internal/cache RemoveNode (node removed from the node tree)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  faults:
  - { at: 60s, deleteNode: b-1 }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
          spec:
            restartPolicy: Never
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: m }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
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
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]),
      [[10, "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."]], 'refused at +10s');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Successfully assigned default/${p.metadata.name} to a-1`]], 'bound when b-1 is deleted');
  },
};
