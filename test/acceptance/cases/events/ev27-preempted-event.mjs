// Preemption: the preemptor's FailedScheduling "0/1 nodes are available: 1 Insufficient cpu." (no preemption
// sentence: the PostFilter succeeded), recorded at once by handleSchedulingFailure, then the victim's Normal
// Preempted "Preempted by pod <preemptor uid> on node <node>" from default-scheduler, recorded by the
// asynchronous preemption (SchedulerAsyncPreemption, on since 1.33) after its patch and delete, then the victim's Killing; the preemptor is Scheduled
// once the victim is gone, at the same instant (popped from the backoff queue by the idle scheduler).
export default {
  id: 'events/ev27-preempted-event',
  source: 'pkg/scheduler/framework/preemption/preemption.go prepareCandidateAsync -> PreemptPod (PatchPodStatus, DeletePod, then Eventf(victim, preemptor, Normal, "Preempted", "Preempting", "Preempted by pod %v on node %v", preemptor.UID, node)); schedule_one.go handleSchedulingFailure (FitError with empty PostFilterMsg)',
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pr}
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: hi}, spec: {template: {spec: {priorityClassName: high, restartPolicy: Never, containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: low}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const victim = h.podsOf('low')[0];
    const pre = h.podsOf('hi')[0];
    const seq = r.events.filter((e) => e.involvedObject.kind === 'Pod' && h.sec(e.firstTimestamp) >= 60 && h.sec(e.firstTimestamp) <= 61 && !['Pulled', 'Created', 'Started'].includes(e.reason))
      .map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.type, e.reason, e.message, e.source.component]);
    h.eq(seq, [
      [60, pre.metadata.name, 'Warning', 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu.', 'default-scheduler'],
      [60, victim.metadata.name, 'Normal', 'Preempted', `Preempted by pod ${pre.metadata.uid} on node w-1`, 'default-scheduler'],
      [60, victim.metadata.name, 'Normal', 'Killing', 'Stopping container c', 'kubelet'],
      [60, pre.metadata.name, 'Normal', 'Scheduled', `Successfully assigned default/${pre.metadata.name} to w-1`, 'default-scheduler'],
    ], 'preemption events');
  },
};
