// The built-in classes outrank every user class and each other: a system-cluster-critical pod
// (2000000000) preempts a pod of the highest user value (1000000000) at +60s, and a
// system-node-critical pod (2000001000) preempts it in turn at +120s, both outside kube-system.
export default {
  id: 'preempt2/system-classes-preempt-up-the-ladder',
  source: 'pkg/apis/scheduling/types.go (SystemCriticalPriority 2000000000, system-node-critical +1000, HighestUserDefinablePriority 1000000000); plugin/pkg/admission/priority admitPod (system classes in any namespace); default_preemption.go isPreemptionAllowed (PodPriority(victim) < PodPriority(preemptor))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: cc }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: system-cluster-critical, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 120s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: nc }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: system-node-critical, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: max-user }
value: 1000000000
---
apiVersion: batch/v1
kind: Job
metadata: { name: user }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: max-user
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const u = h.podsOf('user')[0];
    const cc = h.podsOf('cc')[0];
    const nc = h.podsOf('nc')[0];
    h.eq([u.spec.priority, cc.spec.priority, nc.spec.priority], [1000000000, 2000000000, 2000001000], 'priorities');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [
      [60, u.metadata.name, `Preempted by pod ${cc.metadata.uid} on node w-1`],
      [120, cc.metadata.name, `Preempted by pod ${nc.metadata.uid} on node w-1`],
    ], 'Preempted events');
    h.hasCond(cc, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([cc.status.phase, h.sec(h.events({ reason: 'Scheduled', name: cc.metadata.name })[0].firstTimestamp)], ['Failed', 60], 'cc ran from +60s, then failed');
    h.eq([nc.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: nc.metadata.name })[0].firstTimestamp)], ['w-1', 120], 'nc bound at +120s');
  },
};
