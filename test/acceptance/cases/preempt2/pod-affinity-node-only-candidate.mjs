// A preemptor with required pod affinity (same host) to a db pod of higher priority. Both nodes first
// fail NodeResourcesFit (it runs before InterPodAffinity), so both are dry-run; on w-1, without its
// priority-0 pod, the preemptor still fails InterPodAffinity (no db pod there), so w-1 is no
// candidate though its pod has the lowest priority. On w-2 only the priority-1 pod is removed; the db
// pod (2000) is never a potential victim, so the affinity holds.
export default {
  id: 'preempt2/pod-affinity-node-only-candidate',
  source: 'default_plugins.go (NodeResourcesFit before InterPodAffinity); default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods without the lower-priority pods fails: no candidate); interpodaffinity/filtering.go Filter (!satisfyPodAffinity: UnschedulableAndUnresolvable ErrReasonAffinityRulesNotMatch); preemption.go findCandidates (NodesForStatusCode Unschedulable); default_preemption.go isPreemptionAllowed (victim priority < preemptor)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: web }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }] } }
            restartPolicy: Never
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 2000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: one }
value: 1
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: top
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: one
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: idle }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const web = h.podsOf('web')[0];
    const x = h.podsOf('x')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: web.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/2 nodes are available: 2 Insufficient cpu.']], 'filters stop at NodeResourcesFit');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[60, x.metadata.name, `Preempted by pod ${web.metadata.uid} on node w-2`]], 'x preempted on w-2');
    h.eq(h.podsOf("idle")[0].status.phase, 'Running', 'idle untouched');
    h.eq(h.podsOf('db')[0].status.phase, 'Running', 'db untouched');
    h.eq([web.spec.nodeName, web.status.nominatedNodeName], ['w-2', 'w-2'], 'web on w-2');
  },
};
