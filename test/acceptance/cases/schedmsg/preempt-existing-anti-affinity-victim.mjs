// A placed pod's anti-affinity refusal ("didn't satisfy existing pods anti-affinity rules") is Unschedulable:
// preemption may remove that lower-priority pod. The attempt's FailedScheduling has no preemption sentence
// (the preemption succeeded); the victim gets DisruptionTarget/PreemptionByScheduler and a Preempted event.
export default {
  id: 'schedmsg/preempt-existing-anti-affinity-victim',
  source: 'interpodaffinity/filtering.go Filter (satisfyExistingPodsAntiAffinity -> fwk.Unschedulable) and RemovePod (PreFilterExtensions, the victim\'s terms dropped); default_preemption.go SelectVictimsOnNode; preemption.go prepareCandidate (DisruptionTarget PreemptionByScheduler, Preempted event "Preempted by pod <uid> on node <node>")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
  timeline:
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: web }, spec: { template: { metadata: { labels: { app: web } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard }
spec:
  template:
    metadata: { labels: { app: guard }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }] } }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('web')[0];
    const g = h.podsOf('guard')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[20, "0/1 nodes are available: 1 node(s) didn't satisfy existing pods anti-affinity rules."]], 'FailedScheduling');
    h.eq(h.events({ reason: 'Preempted', name: g.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[20, `Preempted by pod ${p.metadata.uid} on node w-1`]], 'Preempted');
    const dt = h.anyCond(g, 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason], ['True', 'PreemptionByScheduler'], 'victim DisruptionTarget');
    h.eq([p.status.nominatedNodeName, p.spec.nodeName], ['w-1', 'w-1'], 'nominated and bound');
  },
};
