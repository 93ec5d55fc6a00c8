// Pod Priority and Preemption, "Inter-Pod affinity on lower-priority Pods": the pending pod (priority 1000) requires
// affinity, on the same host, to the db pod, which has a lower priority and fills the only node. "The inter-Pod
// affinity rule cannot be satisfied in the absence of those lower-priority Pods. In this case, the scheduler does not
// preempt any Pods on the Node": the dry run without db fails the affinity filter, no victim is chosen and db keeps
// running; the pod stays Pending with that reason in the preemption part of its FailedScheduling message.
export default {
  id: 'podlife/pl12-prio-doc-affinity-to-lower-priority-pod',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Inter-Pod affinity on lower-priority Pods"; framework/preemption/preemption.go SelectVictimsOnNode (remove all lower-priority pods, re-run filters); interpodaffinity/filtering.go ErrReasonAffinityRulesNotMatch ("node(s) didn\'t match pod affinity rules")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: affinity}
spec:
  duration: 2m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: app}
      spec:
        template:
          spec:
            priorityClassName: high
            affinity:
              podAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector: {matchLabels: {app: db}}
                  topologyKey: kubernetes.io/hostname
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: db}
spec:
  template:
    metadata: {labels: {app: db}, annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('app')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: a.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30,
      "0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 node(s) didn't match pod affinity rules."]], 'FailedScheduling');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.eq([a.status.phase, a.spec.nodeName, a.status.nominatedNodeName], ['Pending', undefined, undefined], 'pending, not nominated');
    const db = h.podsOf('db')[0];
    h.eq([db.status.phase, db.metadata.deletionTimestamp, h.anyCond(db, 'DisruptionTarget')], ['Running', undefined, undefined], 'db untouched');
  },
};
