// A graceful pod deletion bumps metadata.generation (1 -> 2); the kubelet's last status, written after it saw the
// deletion, reports observedGeneration 2.
export default {
  id: 'gates135/pog05-graceful-delete-bumps-generation',
  source: 'staging apiserver registry/rest/delete.go BeforeDelete (graceful deletion increments generation when set); kubelet generateAPIPodStatus with CalculatePodStatusObservedGeneration; PodObservedGenerationTracking 1.35 GA',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  activeDeadlineSeconds: 20
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('d')[0];
    h.eq(p.metadata.generation, 2, 'metadata.generation after graceful deletion');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(p.status.observedGeneration, 2, 'status.observedGeneration');
  },
};
