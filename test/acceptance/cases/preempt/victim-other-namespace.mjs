// Preemption ignores namespaces: a preemptor in namespace urgent evicts a pod of namespace batch; the
// Preempted event and the DisruptionTarget condition are in the victim's namespace, the message
// names the preemptor by uid.
export default {
  id: 'preempt/victim-other-namespace',
  source: 'default_preemption.go SelectVictimsOnNode (all pods of the node); preemption.go PreemptPod (Eventf(victim, preemptor, Normal, "Preempted", "Preempting", "Preempted by pod %v on node %v", preemptor.UID, node))',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi, namespace: urgent }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low, namespace: batch }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const v = h.of('Pod').find((p) => p.metadata.namespace === 'batch');
    const hi = h.of('Pod').find((p) => p.metadata.namespace === 'urgent');
    const pe = h.events({ reason: 'Preempted' });
    h.eq(pe.map((e) => [e.involvedObject.namespace, e.involvedObject.name, e.message, e.source.component]), [['batch', v.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`, 'default-scheduler']], 'Preempted');
    h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler');
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], ['w-1', 'w-1'], 'bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.involvedObject.namespace), ['urgent'], 'FailedScheduling in the preemptor namespace');
  },
};
