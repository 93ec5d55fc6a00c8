// A pod bound to a node whose kubelet stopped answering has no status.startTime; the scheduler then
// takes "now" as its start, so among equal-priority pods it is the least important: the preemptor at
// +45s evicts the unstarted b (bound at +40s, w-1 down since +30s, still Ready), not a (started +0s).
export default {
  id: 'preempt2/unstarted-victim-least-important',
  source: 'pkg/scheduler/util/utils.go GetPodStartTime ("Assumed pods and bound pods that haven\'t started don\'t have a StartTime yet": time.Now()) and MoreImportantPod; default_preemption.go SelectVictimsOnNode (reprieve most important first)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1, for: 10m }
  timeline:
  - { at: 40s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: b }, spec: { backoffLimit: 0, template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 45s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const a = h.podsOf('a')[0];
    const b = h.podsOf('b')[0];
    const hi = h.podsOf('hi')[0];
    h.eq([b.spec.nodeName, b.status.startTime], ['w-1', undefined], 'b bound, never started');
    h.eq(h.sec(a.status.startTime), 0, 'a started at +0s');
    h.eq(h.events({ reason: 'Preempted' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]), [[45, b.metadata.name, `Preempted by pod ${hi.metadata.uid} on node w-1`]], 'b preempted');
    h.eq(a.metadata.deletionTimestamp, undefined, 'a kept');
    h.eq(hi.status.nominatedNodeName, 'w-1', 'hi nominated to w-1');
  },
};
