// Replacement pod of a Job whose only eligible node is unreachable. Upstream 1.35 (and 1.34.2+, PR #134740 /
// cherry-pick #135023) no longer names the taint: "node(s) had untolerated taint(s)"; and since 1.30 the
// PostFilter message is appended without an extra period (no ".."); since 1.34 it starts with
// DynamicResources' "no new claims to deallocate".
// Expected: "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had
// untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
export default {
  id: 'events/ev24-failedscheduling-taint-message',
  source: 'pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go Filter (master: fwk.NewStatus(UnschedulableAndUnresolvable, "node(s) had untolerated taint(s)"), kubernetes/kubernetes#134740, #135023); pkg/scheduler/framework/types.go FitError.Error (reasonMsg += fmt.Sprintf(" %v", postFilterMsg)); kubernetes/kubernetes#123302 (closed: "already resolved in 1.30")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 12m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 7m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j, namespace: batch }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.type, e.source.component]), [[416, 'Warning', 'default-scheduler']], 'one FailedScheduling');
    h.eq(fs[0].message, "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.", 'message');
  },
};
