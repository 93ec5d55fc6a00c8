// NodePorts runs before NodeResourcesFit: a node whose host port is taken AND whose cpu is short is counted
// only as "didn't have free ports"; the other node is only short of cpu. Both verdicts are Unschedulable, so
// both nodes are preemption candidates, and neither holds a lower-priority pod.
export default {
  id: 'schedmsg/ports-before-fit',
  source: 'apis/config/v1/default_plugins.go (NodePorts before NodeResourcesFit); nodeports/node_ports.go Filter (Unschedulable, ErrReason "node(s) didn\'t have free ports for the requested pod ports"); framework.go RunFilterPlugins (first failure only); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: web }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: nginx, ports: [{ containerPort: 80, hostPort: 8080 }], resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: porty }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: nginx, ports: [{ containerPort: 80, hostPort: 8080 }], resources: { requests: { cpu: 1500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cpuhog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('web')[0];
    const msg = "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't have free ports for the requested pod ports. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[20, msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message)], ['False', 'Unschedulable', msg], 'PodScheduled');
  },
};
