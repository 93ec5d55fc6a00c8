// The histogram is sorted as strings, so "10 ..." comes before "2 ..."; the preemption part is
// sorted the same way.
export default {
  id: 'scheduling/histogram-sort-strings',
  source: 'framework/types.go FitError.Error (sortReasonsHistogram: sort.Strings of fmt.Sprintf("%v %v", count, reason)); preemption.go Preempt (absent nodes: "Preemption is not helpful for scheduling")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: t
      count: 10
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints: [{ key: dedicated, value: infra, effect: NoSchedule }]
    - { name: w, count: 2, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq(fs[0].message, '0/12 nodes are available: 10 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/12 nodes are available: 10 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.', 'message');
    h.eq(h.podsOf('j').filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'two bound to the untainted pool');
  },
};
