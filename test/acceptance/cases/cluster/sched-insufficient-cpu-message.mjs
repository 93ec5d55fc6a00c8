// FailedScheduling and PodScheduled=False/Unschedulable: FitError.Error() appends the PostFilter
// message with " %v" (1.30+; it was SeparatorFormat " %v.", hence ".."), and DefaultPreemption's
// message is "preemption: " + its own FitError (which ends in "."), after DynamicResources'
// "no new claims to deallocate" (1.34+, joined with ", ").
export default {
  id: 'cluster/sched-insufficient-cpu-message',
  source: 'pkg/scheduler/framework/types.go FitError.Error (SeparatorFormat = " %v."); defaultpreemption PostFilter ("preemption: "+msg); preemption.go Preempt (NewStatus(Unschedulable, fitError.Error()))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: "60s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1500m" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const want = '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq([fs[0].type, fs[0].source.component, h.sec(fs[0].firstTimestamp)], ['Warning', 'default-scheduler', 0], 'event');
    h.eq(fs[0].message, want, 'FailedScheduling message');
    const late = h.get('Pod', fs[0].involvedObject.name);
    const sch = h.events({ reason: 'Scheduled', name: late.metadata.name });
    h.eq(h.sec(sch[0].firstTimestamp), 60, 'bound when a pod finishes');
  },
};
