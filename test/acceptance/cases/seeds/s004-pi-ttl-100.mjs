// Seed 004 cleanup "ttlSecondsAfterFinished: 100 # Delete 100s after completion" (and seed 001's "auto-delete completed
// Pods"): the TTL controller deletes the Job itself, 100s after its Complete condition (+11s -> +111s), in the
// foreground; its pod goes with it through the garbage collector (Succeeded, so grace 0: deletionTimestamp +111s).
// No event is recorded for it. Nothing is left at the end.
export default {
  id: 'seeds/s004-pi-ttl-100',
  source: 'ttlafterfinished_controller.go processJob/needsCleanup (finish = Complete lastTransitionTime; DeletePropagationForeground); registry/core/pod/strategy.go CheckGracefulDelete; reference cronjob §4, job §10',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  ttlSecondsAfterFinished: 100 # Delete 100s after completion
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`,
  check(r, h) {
    const job = h.job('pi-calculator');
    h.eq(h.sec(h.cond(job, 'Complete')?.lastTransitionTime), 11, 'Complete at +11s');
    h.eq(h.sec(job.metadata.deletionTimestamp), 111, 'Job deleted 100s after Complete');
    const pods = h.podsOf('pi-calculator');
    h.eq(pods.length, 1, 'one pod');
    h.eq([pods[0].status.phase, h.sec(pods[0].metadata.deletionTimestamp)], ['Succeeded', 111], 'pod deleted with the Job');
    h.eq(h.events().filter((e) => h.sec(e.firstTimestamp) > 11).length, 0, 'no event for the TTL deletion');
    h.eq(r.spec.endedBy, 'quiet', 'nothing more to do');
  },
};
