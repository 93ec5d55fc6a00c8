import { check } from './eviction-backoff-both-policies.mjs';
// Same world as eviction-backoff-both-policies with podReplacementPolicy Failed: the container exits at once, so
// the pod is Failed before the next sync and the outcome is the same (replacement at 30s, failed 1).
export default {
  id: 'interplay/eviction-backoff-failed-policy',
  source: 'job_controller.go isPodFailed (phase Failed), onlyReplaceFailedPods, manageJob remainingTime; backoff_utils.go getFinishedTime; reference §3.3, §4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip9}
spec:
  faults:
    - { at: 20500ms, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check,
};
