// "Too many pods" is an Unschedulable NodeResourcesFit failure, so preemption helps: one victim is
// enough, and of two equal-priority pods the one started later is less important (the earlier one
// is reprieved first).
export default {
  id: 'preempt/too-many-pods-victim',
  source: 'noderesources/fit.go fitsRequest ("Too many pods", Unschedulable); default_preemption.go SelectVictimsOnNode (reprieve by util.MoreImportantPod: equal priority, earlier GetPodStartTime more important)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 2 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: second }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const v = h.podsOf('second')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Too many pods.'], 'message');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name), [v.metadata.name], 'the later-started pod is the victim');
    h.noCond(h.podsOf('first')[0], 'DisruptionTarget');
    h.eq(hi.spec.nodeName, 'w-1', 'bound');
  },
};
