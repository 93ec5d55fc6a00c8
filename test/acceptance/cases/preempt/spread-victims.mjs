// PodTopologySpread's DoNotSchedule failure is Unschedulable and its PreFilter state follows the
// victims removed and reprieved: zone a holds two low-priority app=x pods, zone b is full of a pod of
// equal priority. The preemptor (app=x, maxSkew 1 over zones) must go to zone a, where both app=x
// pods have to go (with one left, a would count 2 against b's 0).
export default {
  id: 'preempt/spread-victims',
  source: 'podtopologyspread/filtering.go Filter (Unschedulable ErrReasonConstraintsNotMatch) and AddPod/RemovePod (PreFilterExtensions); default_preemption.go SelectVictimsOnNode (RunPreFilterExtensionRemovePod / AddPod around each reprieve)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: hi }
      spec:
        template:
          metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: x } } }
            restartPolicy: Never
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: za }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: peer }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { topology.kubernetes.io/zone: zb }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const lows = h.podsOf('low').slice(0, 2);
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints."], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort(), lows.map((p) => p.metadata.name).sort(), 'both app=x pods of zone a preempted');
    h.eq([hi.status.nominatedNodeName, hi.spec.nodeName], ['a-1', 'a-1'], 'a-1');
  },
};
