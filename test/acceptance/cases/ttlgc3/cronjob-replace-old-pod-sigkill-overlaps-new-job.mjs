// concurrencyPolicy Replace, every 2 minutes, pods of 5m that ignore SIGTERM and request 3 of a node's 4 cpus. At 4m the
// 2m Job still runs: the CronJob controller deletes it (deleteJob: background propagation, SuccessfulDelete "Deleted job
// cj-29453762"), then creates cj-29453764 in the same sync. The old Job goes at once; its pod is deleted by the garbage
// collector (grace 30: deletionTimestamp 4m30s) and is SIGKILLed only at 4m30s, so the new pod runs beside it on another
// node for 30s. status.active then lists only the new Job.
export default {
  id: 'ttlgc3/cronjob-replace-old-pod-sigkill-overlaps-new-job',
  source: 'cronjob_controllerv2.go syncCronJob (ReplaceConcurrent: deleteJob for every active Job before creating), deleteJob (jobControl.DeleteJob with PropagationPolicy Background; Normal SuccessfulDelete "Deleted job %v"), injection.go realJobControl.DeleteJob; garbagecollector attemptToDeleteItem (Background); pod strategy CheckGracefulDelete (grace 30)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/2 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
        spec:
          containers: [{name: c, image: busybox, resources: {requests: {cpu: "3"}}}]
          restartPolicy: Never
`,
  check(r, h) {
    const cjEv = r.events.filter((e) => e.involvedObject.kind === 'CronJob').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(cjEv, [[120, 'SuccessfulCreate', 'Created job cj-29453762'], [240, 'SuccessfulDelete', 'Deleted job cj-29453762'], [240, 'SuccessfulCreate', 'Created job cj-29453764']], 'CronJob events');
    const old = h.job('cj-29453762');
    h.eq([h.sec(old.metadata.deletionTimestamp), old.metadata.generation, old.metadata.finalizers], [240, 1, undefined], 'old Job removed at once (background)');
    const [op] = h.podsOf('cj-29453762');
    const [np] = h.podsOf('cj-29453764');
    const t = op.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(op.metadata.deletionTimestamp), t.exitCode, h.sec(t.finishedAt)], [270, 137, 270], 'old pod SIGKILLed at 4m30s');
    h.assert(np.spec.nodeName !== op.spec.nodeName, 'new pod on another node (cpu)');
    h.eq([np.status.phase, h.sec(np.status.startTime)], ['Running', 240], 'new pod running from 4m');
    h.eq(h.cronjob('cj').status.active.map((a) => a.name), ['cj-29453764'], 'only the new Job active');
  },
};
