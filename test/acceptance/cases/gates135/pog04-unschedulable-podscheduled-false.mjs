// The scheduler's PodScheduled=False (Unschedulable) condition carries observedGeneration; no kubelet has
// seen the pod, so status.observedGeneration stays unset.
export default {
  id: 'gates135/pog04-unschedulable-podscheduled-false',
  source: 'pkg/scheduler/schedule_one.go handleSchedulingFailure -> updatePod(PodCondition{Type: PodScheduled, ObservedGeneration: CalculatePodConditionObservedGeneration(...)}); PodObservedGenerationTracking 1.35 GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: g}
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "64"}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('big')[0];
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason], ['False', 'Unschedulable'], 'PodScheduled');
    h.eq(c.observedGeneration, 1, 'PodScheduled.observedGeneration');
    h.eq(p.status.observedGeneration, undefined, 'status.observedGeneration (no kubelet)');
  },
};
