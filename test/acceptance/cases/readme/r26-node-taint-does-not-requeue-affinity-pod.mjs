// README Known differences (Scheduler) says only that "every pod that frees resources moves every
// unschedulable pod back to the queue". Upstream (SchedulerQueueingHints, on by default since 1.32) a Node
// update requeues a pod only when a plugin that rejected it says the change may help: a pod rejected by
// NodeAffinity (nodeSelector disk=ssd) is not retried when the node gets the unreachable taints (NodeAffinity
// isSchedulableAfterNodeChange: labels unchanged -> QueueSkip), so its FailedScheduling message never
// becomes the TaintToleration one. The pod created while the node is tainted is bound when the taints go.
export default {
  id: 'readme/node-taint-does-not-requeue-affinity-pod',
  source: 'pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go isSchedulableAfterNodeChange; tainttoleration isSchedulableAfterNodeChange; scheduling_queue.go MoveAllToActiveOrBackoffQueue (queueing hints); README Known differences (Scheduler)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: fl }
spec:
  duration: 30m
  cluster: { nodePools: [{ name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }] }
  faults:
    - { at: 1m, nodeDown: w-1, for: 2m }
  timeline:
    - { at: 150s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: j }, spec: { template: { spec: { containers: [{ name: c, image: busybox:1.36 }], restartPolicy: Never } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: sel }
spec:
  template:
    spec:
      nodeSelector: { disk: ssd }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const jp = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: jp.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [150], 'j: one FailedScheduling while tainted');
    const bound = h.events({ reason: 'Scheduled', name: jp.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(bound.length, 1, 'j bound');
    h.assert(bound[0] >= 180 && bound[0] <= 185, 'j bound when the node is back and untainted: ' + bound);
    const sp = h.podsOf('sel')[0];
    const msgs = h.events({ reason: 'FailedScheduling', name: sp.metadata.name }).map((e) => e.message);
    h.assert(msgs.every((m) => m.startsWith("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.")), 'sel only ever reported for NodeAffinity: ' + JSON.stringify(msgs));
  },
};
