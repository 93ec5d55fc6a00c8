// Two preemptors of one Job: the first nominated to a node holds its room there, so the second one's
// filters and preemption see that node as full and it preempts on the other node.
export default {
  id: 'preempt/parallel-preemptors-two-nodes',
  source: 'framework/runtime RunFilterPluginsWithNominatedPods (nominated pods of priority >= counted); default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods after removing victims); preemption.go pickOneNodeForPreemption',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { completions: 2, parallelism: 2, template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 10
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const his = h.podsOf('hi');
    const lows = h.podsOf('low').slice(0, 2);
    h.eq(his.length, 2, 'two preemptors');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => h.sec(e.firstTimestamp)), [60, 60], 'two preemptions at +60s');
    h.eq(lows.map((p) => h.sec(p.metadata.deletionTimestamp)), [70, 70], 'both low pods deleted with 10s grace');
    h.eq(his.map((p) => p.status.nominatedNodeName).sort(), ['w-1', 'w-2'], 'one preemptor nominated to each node');
    h.eq(his.map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'bound to their nominated nodes');
    h.eq(his.map((p) => h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp)), [70, 70], 'bound at +70s');
  },
};
