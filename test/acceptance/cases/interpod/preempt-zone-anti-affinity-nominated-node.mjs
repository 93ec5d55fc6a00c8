// Zone anti-affinity and preemption: the lower-priority x pod on the small a-1 keeps a high-priority web pod
// out of the whole zone a (both nodes fail). Preemption's dry run removes lower-priority pods of one node
// only, so only a-1 (whose x pod goes) is a candidate: x is preempted and web, nominated to a-1, is bound
// there once x is gone (the nominated node is tried first), not on the bigger, empty big-1 of the same zone.
export default {
  id: 'interpod/preempt-zone-anti-affinity-nominated-node',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go SelectVictimsOnNode (removes the node\'s lower-priority pods through RunPreFilterExtensionRemovePod, interpodaffinity RemovePod -> updateWithPod -1); interpodaffinity/filtering.go Filter (Unschedulable); pkg/scheduler/schedule_one.go findNodesThatFitPod ("NominatedNodeName ... This node is likely the only candidate that will fit the pod, and hence we try it first"; evaluateNominatedNode returns it alone when it passes the filters)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: big, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: web }
      spec:
        template:
          metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - { labelSelector: { matchLabels: { app: x } }, topologyKey: topology.kubernetes.io/zone }
            restartPolicy: Never
            containers: [{ name: c, image: busybox:1.36 }]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const x = h.podsOf('x')[0];
    const web = h.podsOf('web')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: web.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[30, "0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules."]], 'FailedScheduling (preemption chose victims: no preemption sentence)');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[30, x.metadata.name]], 'x preempted');
    h.hasCond(x, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq(web.status.nominatedNodeName, 'a-1', 'nominated to a-1');
    h.eq(web.spec.nodeName, 'a-1', 'bound to the nominated node');
  },
};
