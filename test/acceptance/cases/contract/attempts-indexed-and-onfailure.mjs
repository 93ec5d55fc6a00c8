// Contract §2: an attempt is the n-th pod of one index of an Indexed Job (each index starts again at
// the first exit code) and each container restart under restartPolicy OnFailure.
export default {
  id: 'contract/attempts-indexed-and-onfailure',
  source: 'CONTRACT.md §2 ("An attempt is the n-th pod of a NonIndexed Job, the n-th pod of one index of an Indexed Job, and each container restart under restartPolicy: OnFailure")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: att}
spec:
  behaviors:
  - selector: {matchLabels: {app: i}}
    exitCodes: [1, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {labels: {app: i}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: onf}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "4,4,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('idx');
    const byIndex = {};
    for (const p of pods) (byIndex[p.metadata.annotations['batch.kubernetes.io/job-completion-index']] ??= []).push(p.status.containerStatuses[0].state.terminated.exitCode);
    h.eq(byIndex, { 0: [1, 0], 1: [1, 0], 2: [1, 0] }, 'per index: 1 then 0');
    h.eq(h.job('idx').status.completedIndexes, '0-2', 'completedIndexes');
    const o = h.podsOf('onf');
    h.eq(o.length, 1, 'OnFailure: one pod');
    const cs = o[0].status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'two restarts');
    h.eq([cs.state.terminated.exitCode, cs.lastState.terminated.exitCode], [0, 4], 'third attempt exits 0 after 4');
    // crash-loop backoff: restart 1 at once, restart 2 after 10s
    h.eq([h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [20, 25], 'third run 20s-25s');
    h.hasCond(h.job('onf'), 'Complete');
  },
};
