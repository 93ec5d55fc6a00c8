// InterPodAffinity's anti-affinity failure is Unschedulable, so preemption may remove the
// lower-priority pod the preemptor refuses to share its node with (cpu is plentiful); the other,
// unlabelled lower-priority pod is reprieved.
export default {
  id: 'preempt/anti-affinity-victim',
  source: 'interpodaffinity/filtering.go Filter (satisfyPodAntiAffinity false: Unschedulable ErrReasonAntiAffinityRulesNotMatch "node(s) didn\'t match pod anti-affinity rules"); default_preemption.go SelectVictimsOnNode (RunPreFilterExtensionRemovePod/AddPod)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: hi }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector: { matchLabels: { app: noisy } }
                  topologyKey: kubernetes.io/hostname
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
metadata: { name: noisy }
spec:
  template:
    metadata: { labels: { app: noisy }, annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: quiet }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('noisy')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ["0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules."], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [v.metadata.name], 'the labelled pod is the victim');
    h.noCond(h.podsOf('quiet')[0], 'DisruptionTarget');
    h.eq(hi.spec.nodeName, 'w-1', 'bound');
  },
};
