// Pod Priority and Preemption, "Higher priority Pods are preempted before lower priority pods": with several nodes
// available for preemption "the scheduler tries to choose the node with a set of Pods with lowest priority". Both
// 2-CPU nodes hold two 1-CPU pods and the 2-CPU preemptor needs both gone either way; w-1's victims are 5 + 5, w-2's
// are 5 + 1. The highest victim priority ties (5), so the lower sum of priorities picks w-2: both its pods are
// preempted (DisruptionTarget PreemptionByScheduler), w-1's are untouched, and the preemptor is bound on w-2 (the
// victims exit on SIGTERM at once).
export default {
  id: 'podlife/pl09-prio-doc-node-with-lowest-priorities',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Higher priority Pods are preempted before lower priority pods"; framework/preemption/preemption.go pickOneNodeForPreemption (min PDB violations, min highest priority, min sum of priorities, fewest victims, latest start)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lowest}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: urgent}
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 100
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: mid}
value: 5
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: low}
value: 1
---
apiVersion: batch/v1
kind: Job
metadata: {name: mid-a}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      priorityClassName: mid
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: mid-b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      priorityClassName: mid
      nodeSelector: {kubernetes.io/hostname: w-2}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: low-b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      priorityClassName: low
      nodeSelector: {kubernetes.io/hostname: w-2}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const victims = h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name.replace(/-[a-z0-9]{5}$/, '')).sort();
    h.eq(victims, ['low-b', 'mid-b'], 'victims on w-2');
    for (const n of ['mid-b', 'low-b']) h.hasCond(h.podsOf(n)[0], 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(h.podsOf('mid-a').map((p) => [p.spec.nodeName, p.status.phase, p.metadata.deletionTimestamp]), [['w-1', 'Running', undefined], ['w-1', 'Running', undefined]], 'w-1 untouched');
    const u = h.podsOf('urgent')[0];
    h.eq(u.spec.nodeName, 'w-2', 'bound on w-2');
  },
};
