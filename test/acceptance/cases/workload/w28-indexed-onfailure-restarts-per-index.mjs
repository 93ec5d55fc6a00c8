// Indexed Job with restartPolicy OnFailure: each index counts its own attempts (pods of that index and
// their container restarts). exit-codes "1,1,0": every index's pod runs 0-5 (1), restarts at once 5-10 (1),
// back-off 10s, 20-25 (0): restartCount 2 in each of the 3 pods, each Succeeded.
export default {
  id: 'workload/indexed-onfailure-restarts-per-index',
  source: 'CONTRACT.md §2 (attempt: the n-th pod of one index of an Indexed Job, and each container restart under OnFailure); kubelet crash-loop back-off 0s, 10s',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: io}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 10
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,1,0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: OnFailure}
`,
  check(r, h) {
    const pods = h.podsOf('io');
    h.eq(pods.length, 3, 'one pod per index');
    for (const p of pods) {
      const cs = p.status.containerStatuses[0];
      h.eq([p.status.phase, cs.restartCount, cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt), cs.lastState.terminated.exitCode], ['Succeeded', 2, 0, 20, 25, 1], p.metadata.name);
    }
    h.eq(h.job('io').status.completedIndexes, '0-2', 'completedIndexes');
  },
};
