// Work-queue Job (completions unset, parallelism 3): one pod has succeeded when the Job is suspended at 35.5s.
// manageJob deletes the two running pods (finalizer removed first: not failures), leaving active 0, and the
// completion check (succeeded > 0 && active == 0) runs before the suspend handling: SuccessCriteriaMet at 35s with
// terminating 2, Complete at 36s once they are gone. No Suspended condition and no Suspended event.
export default {
  id: 'interplay/wq-suspend-after-success-completes',
  source: 'job_controller.go syncJob (complete = succeeded > 0 && active == 0 evaluated before the Suspended condition branch), manageJob suspend branch (terminating += removed), enactJobFinished (terminating > 0 delays Complete); reference §2.6 step 5, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip4}
spec:
  behaviors:
    - selector: {matchLabels: {app: wq}}
      duration: {uniform: [10s, 100s]}
  timeline:
    - { at: 35500ms, patch: { kind: Job, name: wq, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 3
  template:
    metadata: {labels: {app: wq}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('wq');
    const done = pods.filter((p) => p.status.phase === 'Succeeded');
    h.eq(done.length, 1, 'one pod succeeded before the suspension');
    h.assert(h.sec(done[0].status.containerStatuses[0].state.terminated.finishedAt) < 35, 'it finished before 35s');
    const killed = pods.filter((p) => p.metadata.deletionTimestamp);
    h.eq(killed.map((p) => h.sec(p.metadata.deletionTimestamp)), [65, 65], 'the two others deleted at 35s (+30s grace)');
    const job = h.job('wq');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [["SuccessCriteriaMet", "CompletionsReached", 35], ["Complete", "CompletionsReached", 36]], 'conditions (no Suspended)');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.active ?? 0, job.status.terminating], [1, 0, 0, 0], '[succeeded, failed, active, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'wq', reason: 'Suspended' }).length, 0, 'no Suspended event');
    h.eq(h.events({ kind: 'Job', name: 'wq', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [35, 35], "SuccessfulDelete");
  },
};
