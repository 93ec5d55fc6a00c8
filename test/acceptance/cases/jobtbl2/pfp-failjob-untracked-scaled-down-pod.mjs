// Same upstream rule through a scale-down: parallelism 2 -> 1 at +10s removes one pod (finalizer first,
// then DELETE: exit 143; a template finalizer keeps the Failed pod). At +11s getFailJobMessage finds it
// (FailJob on 143): FailureTarget; the other, still running pod is deleted and counted failed (failed 1);
// Failed at +12s once it has terminated.
export default {
  id: 'jobtbl2/pfp-failjob-untracked-scaled-down-pod',
  source: 'job_controller.go syncJob (getFailJobMessage over getPodsForJob: tracked or not), manageJob (rmAtLeast -> deleteJobPods: removeTrackingFinalizerPatch then DeletePod), trackJobStatusAndRemoveFinalizers (failure finish: running tracked pods counted); reference §5, §2.6 step 3, §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  timeline:
  - { at: 10s, patch: { kind: Job, name: x, spec: { parallelism: 1 } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  parallelism: 2
  completions: 4
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata:
      annotations: { jobsim/duration: 60s }
      finalizers: [example.com/keep]
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const del = h.events({ reason: 'SuccessfulDelete', name: 'x' });
    h.assert(del.length >= 1 && h.sec(del[0].firstTimestamp) === 10, `first SuccessfulDelete at +10s (got ${JSON.stringify(del.map((e) => [e.message, e.firstTimestamp]))})`);
    const victim = del[0].message.replace('Deleted pod: ', '');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [`Container c for pod default/${victim} failed with exit code 143 matching FailJob rule at index 0`, 11, 12], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.succeeded ?? 0, h.podsOf('x').length], [1, 0, 2], '[failed, succeeded, pods]');
  },
};
