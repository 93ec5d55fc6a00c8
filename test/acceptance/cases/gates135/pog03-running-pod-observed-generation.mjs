// observedGeneration is there while the pod runs too (the run ends before the container does).
export default {
  id: 'gates135/pog03-running-pod-observed-generation',
  source: 'kubelet generateAPIPodStatus (every status it writes); pkg/api/v1/pod/util.go CalculatePodStatusObservedGeneration; PodObservedGenerationTracking 1.35 GA',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: g}
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    metadata:
      annotations: {jobsim/duration: "5m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    h.eq(p.status.observedGeneration, 1, 'status.observedGeneration');
    h.eq(h.cond(p, 'Ready')?.observedGeneration, 1, 'Ready.observedGeneration');
  },
};
