// Pods on a cordoned node still count for InterPodAffinity: the db pod runs on a-1, cordoned at 10s; at 20s a
// web pod with required affinity to app=db (zone) cannot use a-1 (unschedulable) but is bound to a-2, in
// db's zone, not to the bigger b-1.
export default {
  id: 'interpod/affinity-pod-on-cordoned-node-counts',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go PreFilter / getIncomingAffinityAntiAffinityCounts (allNodes: every node of the snapshot, whatever the other filters say); nodeunschedulable Filter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  faults:
  - { at: 10s, cordonNode: a-1 }
  timeline:
  - { at: 20s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: db } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('db')[0].spec.nodeName, 'a-1', 'db on a-1');
    h.eq(h.get('Node', 'a-1').spec.unschedulable, true, 'a-1 cordoned');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, 'a-2', 'web in db\'s zone, on the schedulable node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
  },
};
