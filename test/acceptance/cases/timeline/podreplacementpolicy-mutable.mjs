// podReplacementPolicy is not in the immutable list: TerminatingOrFailed -> Failed on a running Job
// is accepted (generation 2) and the Job completes as usual. In a namespace, by `namespace`.
export default {
  id: 'timeline/podreplacementpolicy-mutable',
  source: 'validation.go ValidateJobSpecUpdate (podReplacementPolicy not immutable); reference job §1.3 (Mutable: ... podReplacementPolicy); CONTRACT §2 (namespace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: prp}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, namespace: team, spec: {podReplacementPolicy: Failed}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j', 'team');
    h.eq([j.spec.podReplacementPolicy, j.metadata.generation], ['Failed', 2], 'patched');
    h.eq(h.sec(j.status.completionTime), 11, 'completes');
  },
};
