// Pod Priority and Preemption, "Cross node preemption": P (priority 1000) has zone-wide anti-affinity with Q, which
// runs on node a-1 in zone z1 (a node P cannot use: it is tainted). Node b-1, in the same zone, is full of a
// lower-priority pod. Removing that pod would not help (Q still violates P's anti-affinity in z1) and "scheduler does
// not perform cross-node preemption", so P is unschedulable: nothing is preempted, and the preemption part of the
// message says why for each node (b-1: anti-affinity even without the victim; a-1: the taint).
export default {
  id: 'podlife/pl07-prio-doc-no-cross-node-preemption',
  source: 'website content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md "Cross node preemption"; framework/preemption/preemption.go DryRunPreemption + SelectVictimsOnNode (filters re-run without lower-priority pods on that node only); interpodaffinity/filtering.go ErrReasonAntiAffinityRulesNotMatch; tainttoleration (UnschedulableAndUnresolvable -> "Preemption is not helpful for scheduling")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: crossnode}
spec:
  duration: 4m
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}, labels: {topology.kubernetes.io/zone: z1}, taints: [{key: dedicated, value: q, effect: NoSchedule}]}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}, labels: {topology.kubernetes.io/zone: z1}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: p}
      spec:
        template:
          metadata: {labels: {app: p}}
          spec:
            priorityClassName: high
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector: {matchLabels: {app: q}}
                  topologyKey: topology.kubernetes.io/zone
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    metadata: {labels: {app: q}, annotations: {jobsim/duration: 1h}}
    spec:
      tolerations: [{key: dedicated, operator: Exists}]
      nodeSelector: {kubernetes.io/hostname: a-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: filler}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: b-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30,
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 Preemption is not helpful for scheduling, 1 node(s) didn't match pod anti-affinity rules."]], 'FailedScheduling');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.eq([p.spec.nodeName, p.status.nominatedNodeName], [undefined, undefined], 'not bound, not nominated');
    h.eq(h.podsOf('filler').map((x) => [x.status.phase, x.metadata.deletionTimestamp]), [['Running', undefined]], 'filler untouched');
    h.eq(h.podsOf('q').map((x) => x.status.phase), ['Running'], 'q untouched');
  },
};
