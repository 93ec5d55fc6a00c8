// An evicted pod (DisruptionTarget, graceful delete) is stopped with SIGTERM and exits 143; a FailJob
// rule on exit code 143 (and no rule on DisruptionTarget) then fails the Job at +6s with the
// container message; the pod is counted failed once.
export default {
  id: 'jobtbl2/pfp-failjob-on-143-after-eviction',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnExitCodes"; pod_failure_policy.go matchPodFailurePolicy (onExitCodes looks only at terminated containers, whatever the conditions); registry eviction (DisruptionTarget EvictionByEvictionAPI); reference §5, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  faults:
  - { at: 5s, evictPod: default/x-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 3
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [143] } }
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => p.metadata.name), ['x-bn7wn'], 'pods (name from seed 1)');
    const msg = 'Container c for pod default/x-bn7wn failed with exit code 143 matching FailJob rule at index 0';
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, f.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [msg, msg, 6, 6], 'conditions');
    h.eq([j.status.failed, j.status.terminating], [1, 0], '[failed, terminating]');
    h.eq(h.cond(pods[0], 'DisruptionTarget')?.reason, 'EvictionByEvictionAPI', 'pod DisruptionTarget');
  },
};
