// FailJob on DisruptionTarget: the Eviction API adds DisruptionTarget=True; once the pod is
// Failed the Job fails with "Pod default/<pod> has condition DisruptionTarget matching FailJob
// rule at index 0". Eviction at +60s (the kubelet stops it at once), conditions at +61s.
export default {
  id: 'policy/evict-failjob-condition',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "job fail rule matched for pod conditions"; job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnPodConditions"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  faults:
  - { at: 1m, evictPod: default/x-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1] } }
    - { action: FailJob, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => p.metadata.name), ['x-bn7wn'], 'pods');
    const msg = 'Pod default/x-bn7wn has condition DisruptionTarget matching FailJob rule at index 1';
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'PodFailurePolicy', msg, 61], ['Failed', 'PodFailurePolicy', msg, 61]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
