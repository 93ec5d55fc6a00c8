// Two pending pods with the same requests, one asking for a host port that is taken, the other for none:
// when a freed cpu requeues both, the port-less pod binds; the NodePorts verdict of the other is its own.
export default {
  id: 'schedplug/hostport-not-shared-by-same-requests',
  source: 'pkg/scheduler/framework/plugins/nodeports/node_ports.go Filter (fitsPorts over the pod\'s own container ports, ErrReason "node(s) didn\'t have free ports for the requested pod ports"); schedule_one.go schedulingCycle/findNodesThatFitPod (every pod filtered on its own); noderesources/fit.go isSchedulableAfterPodEvent (a scheduled pod that goes terminal/deleted: Queue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 500ms, create: { apiVersion: batch/v1, kind: Job, metadata: { name: a }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, ports: [{ containerPort: 8080, hostPort: 8080 }], resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 1s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: b }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: holder }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, ports: [{ containerPort: 8080, hostPort: 8080 }], resources: { requests: { cpu: 500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 30s } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const b = h.podsOf('b')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]);
    h.eq(fs, [[1, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'b refused once, for cpu only');
    h.eq(h.events({ reason: 'Scheduled', name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Successfully assigned default/${b.metadata.name} to w-1`]], 'b bound when hog ends');
    h.eq(b.spec.nodeName, 'w-1', 'b on w-1');
    const a = h.podsOf('a')[0];
    h.eq(a.spec.nodeName, undefined, 'a (host port taken) still pending');
  },
};
