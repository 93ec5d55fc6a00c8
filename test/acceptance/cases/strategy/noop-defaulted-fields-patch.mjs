// A merge patch that writes the defaulted values of completionMode (NonIndexed), podReplacementPolicy
// (TerminatingOrFailed without a podFailurePolicy), manualSelector (false), completions/parallelism (1)
// leaves the spec semantically equal: accepted (completionMode is immutable, but unchanged), no
// generation bump, no new resourceVersion for the Job.
export default {
  id: 'strategy/noop-defaulted-fields-patch',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (CompletionMode NonIndexed, PodReplacementPolicy TerminatingOrFailed, ManualSelector false, Completions/Parallelism 1); pkg/registry/batch/job/strategy.go PrepareForUpdate (Semantic.DeepEqual); validation.go ValidateJobSpecUpdate (ValidateImmutableField passes on equal values)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: nj, spec: {completionMode: NonIndexed, podReplacementPolicy: TerminatingOrFailed, manualSelector: false, completions: 1, parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nj}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 20s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('nj');
    h.eq(j.metadata.generation, 1, 'generation');
    h.eq([j.spec.completionMode, j.spec.podReplacementPolicy, j.spec.manualSelector], ['NonIndexed', 'TerminatingOrFailed', false], 'spec');
    h.eq(h.sec(j.status.completionTime), 21, 'completes as before');
  },
};
