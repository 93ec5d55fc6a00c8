// NodeAffinity rejections are UnschedulableAndUnresolvable: preemption is not helpful on any node.
export default {
  id: 'cluster/sched-node-selector-message',
  source: 'nodeaffinity.go ErrReasonPod "node(s) didn\'t match Pod\'s node affinity/selector"; preemption.go nodesWherePreemptionMightHelp / "Preemption is not helpful for scheduling"; types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { pool: w } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: sel }
spec:
  template:
    spec:
      nodeSelector: { pool: gpu }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length >= 1, true, 'FailedScheduling');
    h.eq(fs[0].message, "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", 'message');
  },
};
