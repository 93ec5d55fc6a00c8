// An evicted running pod (Eviction API at 20.5s: DisruptionTarget EvictionByEvictionAPI, graceful delete) whose
// container exits 143 at once on SIGTERM: under either podReplacementPolicy it is a counted failure, and its
// replacement waits for the 10s pod-failure back-off from the container's finishedAt (20s): created at 30s.
const doc = (pol) => `
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
  podReplacementPolicy: ${pol}
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export const check = (r, h) => {
  const [first, second, ...rest] = h.podsOf('j');
  h.eq(rest.length, 0, 'two pods');
  h.eq(first.metadata.name, 'j-bn7wn', 'the evicted pod is the first (seeded name)');
  const dt = first.status.conditions.find((c) => c.type === 'DisruptionTarget');
  h.eq([dt?.status, dt?.reason, dt?.message], ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting'], 'DisruptionTarget');
  h.eq([first.status.phase, h.exitCodeOf(first), h.sec(first.metadata.deletionTimestamp)], ['Failed', 143, 50], 'evicted pod');
  h.eq(h.sec(second.metadata.creationTimestamp), 30, 'replacement after the 10s back-off');
  const job = h.job('j');
  h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime)], [1, 1, 91], '[failed, succeeded, completionTime]');
};
export default {
  id: 'interplay/eviction-backoff-both-policies',
  source: 'job_controller.go isPodFailed, getNewFinishedPods, manageJob remainingTime; backoff_utils.go getFinishedTime (terminated containers first); registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI "Eviction API: evicting"); reference §3.2-3.3, §4',
  scenario: doc('TerminatingOrFailed') ,
  check,
};
