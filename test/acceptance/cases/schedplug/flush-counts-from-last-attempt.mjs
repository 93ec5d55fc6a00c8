// The 5-minute flush counts from a pod's last failed attempt, not its first: refused at +5s, the pod is
// retried (and refused again) when another pod ends at +100s; its node goes down at +150s, which requeues
// nothing (NodeResourcesFit and NodeAffinity do not react to taints), so the flush retries it after +400s
// (upstream's 30s loop: within (400, 430]), not after +305s, and it meets the unreachable taint.
export default {
  id: 'schedplug/flush-counts-from-last-attempt',
  source: 'backend/queue/scheduling_queue.go AddUnschedulableIfNotPresent ("Refresh the timestamp since the pod is re-added": pInfo.Timestamp = now) and flushUnschedulablePodsLeftover (currentTime.Sub(pInfo.Timestamp) > podMaxInUnschedulablePodsDuration, 5m; run every 30s); noderesources/fit.go EventsToRegister (Node Add|UpdateNodeAllocatable; Pod Delete); nodeaffinity EventsToRegister (Node Add|UpdateNodeLabel); README known differences (flush at exactly 5m)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 8m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, labels: { pool: w } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { pool: x } }
  faults:
  - { at: 150s, nodeDown: w-1 }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: p }, spec: { template: { spec: { nodeSelector: { pool: w }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { pool: w }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: short }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 100s } }
    spec:
      nodeSelector: { pool: x }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const s = h.podsOf('short')[0];
    h.eq(h.sec(s.status.containerStatuses[0].state.terminated.finishedAt), 100, 'short ends at +100s');
    const p = h.podsOf('p')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.length, 2, 'two distinct FailedScheduling messages');
    h.eq([h.sec(fs[0].firstTimestamp), N(fs[0].message)], [5, "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."], 'first');
    const t = h.sec(fs[1].firstTimestamp);
    h.assert(t >= 400 && t <= 430, `flushed at +${t}s, expected within [400, 430] (5 minutes after the retry at +100s)`);
    h.eq(N(fs[1].message), "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.", 'second');
  },
};
