// A nominated node is not reserved against pods of higher priority: while hi's victim terminates
// (SIGTERM ignored, 30s), top (priority 2000, preemptionPolicy Never) arrives; it does not preempt,
// but when the victim is gone (+90s) it is popped first and takes w-1 (hi, of lower priority, is not
// counted there for it). hi then finds no victim of lower priority, and its nomination is cleared.
export default {
  id: 'preempt/nomination-kept-without-candidates',
  source: 'framework/runtime addGENominatedPods (only nominated pods of priority >= the pod\'s); queuesort PrioritySort; preemption.go Preempt (no candidates: NewPostFilterResultWithNominatedNode("") clears the nomination); default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod")',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 65s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: top }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: top-polite, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top-polite }
value: 2000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const top = h.podsOf('top')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 1, 'one preemption (by hi)');
    h.eq(h.events({ reason: 'FailedScheduling', name: top.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[65, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.']], 'top waits without preempting');
    h.eq(h.events({ reason: 'Scheduled', name: top.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${top.metadata.name} to w-1`]], 'top takes w-1 at +90s');
    h.eq(hi.spec.nodeName, undefined, 'hi pending');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, '0/1 nodes are available: 1 Insufficient cpu.'],
      [90, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'],
    ], 'hi FailedScheduling');
    h.eq(hi.status.nominatedNodeName, undefined, 'nomination cleared');
  },
};
