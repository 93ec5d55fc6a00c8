// An OnFailure pod evicted (Eviction API) while its container waits in CrashLoopBackOff: no container runs, so
// the pod fails at once without a Killing event (DisruptionTarget EvictionByEvictionAPI at 25s); it counts as a
// failed pod and its finish time is its Ready=False transition at 20s (the waiting container has no finishedAt),
// so the replacement comes at 20 + 10s = 30s and starts from restartCount 0 (restarts at 40s and 60s).
export default {
  id: 'onfailure/evicted-in-backoff-replacement',
  source: 'pkg/registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI "Eviction API: evicting"); backoff_utils.go getFinishedTime (Ready=False lastTransitionTime), getRemainingTime; job_controller.go updatePod (deletionTimestamp -> deletePod, batched)',
  args: ['--duration', '65s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  faults:
  - {at: 25s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p1, p2, ...rest] = h.podsOf('j');
    h.eq([rest.length, p1.metadata.name], [0, 'j-bn7wn'], 'the evicted pod is the first (seeded name)');
    const dt = p1.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([p1.status.phase, dt?.reason, h.sec(dt?.lastTransitionTime), p1.status.containerStatuses[0].restartCount], ['Failed', 'EvictionByEvictionAPI', 25, 1], 'evicted pod');
    h.eq(h.events({ kind: 'Pod', name: p1.metadata.name, reason: 'Killing' }).length, 0, 'no Killing');
    h.eq(h.sec(p2.metadata.creationTimestamp), 30, 'replacement after the 10s pod-recreation back-off from 20s');
    h.eq(h.events({ kind: 'Pod', name: p2.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [30, 40, 60], 'replacement starts');
    h.eq(p2.status.containerStatuses[0].restartCount, 2, 'replacement restartCount');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.active, job.status.conditions ?? []], [1, 1, []], '[failed, active, conditions]');
  },
};
