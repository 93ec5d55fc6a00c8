// parallelism: null removes the field; decoding the patched object defaults it to 1 again (completions
// stays 4): the spec changed (3 -> 1), generation 2, and the immediate sync deletes two of the three
// running pods at 5s. The remaining work runs one pod at a time.
export default {
  id: 'strategy/parallelism-null-redefaults',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job ("if obj.Spec.Parallelism == nil { obj.Spec.Parallelism = 1 }"); pkg/registry/batch/job/strategy.go PrepareForUpdate (generation+1); job_controller.go updateJob (generation changed: enqueueSyncJobImmediately), manageJob (active > parallelism: delete the surplus)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: p, spec: {parallelism: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  completions: 4
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 60s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('p');
    h.eq([j.spec.parallelism, j.spec.completions, j.metadata.generation], [1, 4, 2], '[parallelism, completions, generation]');
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'p' }).map((e) => h.sec(e.firstTimestamp)), [5, 5], 'two pods deleted at 5s');
    h.eq(h.events({ reason: 'SuccessfulCreate', name: 'p' }).length, 6, 'pods created: 3 at start, then one by one for the 3 remaining');
    h.eq(j.status.succeeded, 4, 'succeeded');
  },
};
