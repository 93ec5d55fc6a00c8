// TestJobPodReplacementPolicy "feature flag true with IndexedJob, TerminatingOrFailed policy, delete & fail pods, recreate terminating pods, and verify job status counters" (after-deletion): both pods of a 2/2 Indexed Job are
// deleted (here by the Eviction API, each held 60s by a preStop sleep); with podReplacementPolicy TerminatingOrFailed the status while they terminate is
// active/failed/terminating (ready is not asserted: the test has no kubelet, here replacements run and are Ready) = 2, 2, 2.
export default {
  id: 'integjob/rp-indexed-terminatingorfailed-deleted',
  source: 'test/integration/job/job_test.go TestJobPodReplacementPolicy "feature flag true with IndexedJob, TerminatingOrFailed policy, delete & fail pods, recreate terminating pods, and verify job status counters" (wantStatusAfterDeletionafter-deletion); job_controller.go isPodFailed, manageJob (terminating pods not replaced under Failed); reference §4',
  args: ['--duration', '40s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: replacement}
spec:
  faults:
    - {at: 5s, evictPod: default/rp-0-bn7wn}
    - {at: 5s, evictPod: default/rp-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podReplacementPolicy: TerminatingOrFailed
  template:
    metadata: {annotations: {jobsim/duration: 600s}}
    spec:
      terminationGracePeriodSeconds: 90
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 60}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('rp');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.terminating], [2, 2, 2], '[active, failed, terminating]');
    h.eq(h.podsOf('rp').filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort(), ['rp-0-bn7wn', 'rp-1-vqbl8'], 'deleted pods');
    h.eq((job.status.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type), [], 'no Job condition');
  },
};
