// The node story under a Forbid CronJob. The 00:30 Job's pod runs on w-2, which stops at 00:35 for 1h: NodeNotReady,
// then the taint manager evicts the pod (~300s later; DisruptionTarget/DeletionByTaintManager) but it stays
// Terminating on the dead node. Without podFailurePolicy it counts as failed at once and a replacement runs on w-1
// and succeeds: SuccessCriteriaMet, but Complete waits until no pod is terminating, i.e. until w-2 is back (01:35).
// Meanwhile the CronJob blocks 01:00 and 01:30 (JobAlreadyActive); at Complete it sees the Job and starts the most
// recent blocked slot (01:30) in the same sync; 01:00 never runs.
export default {
  id: 'croninterplay/node-down-forbid-complete-waits-for-terminating-pod',
  source: 'job_controller.go enactJobFinished (delayTerminalCondition: Terminating > 0 delays Complete), isPodFailed; tainteviction addConditionAndDeletePod; cronjob_controllerv2.go syncCronJob (Forbid, late start)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 2h
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 35m, nodeDown: w-2, for: 1h}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/30 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "20m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('cj-29453790');
    const pods = h.podsOf('cj-29453790');
    h.eq(pods.map((p) => p.spec.nodeName), ['w-2', 'w-1'], 'first pod on w-2, replacement on w-1');
    h.hasCond(pods[0], 'DisruptionTarget', 'DeletionByTaintManager');
    const notReady = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const evict = h.sec(h.events({ reason: 'TaintManagerEviction', name: pods[0].metadata.name })[0].firstTimestamp);
    h.assert(evict - notReady >= 300 && evict - notReady <= 310, `eviction ${evict - notReady}s after NotReady`);
    h.eq([j.status.failed, j.status.succeeded], [1, 1], 'evicted pod counted failed, replacement succeeded');
    const scm = h.sec(h.hasCond(j, 'SuccessCriteriaMet').lastTransitionTime);
    const ready = h.sec(h.events({ reason: 'NodeReady', kind: 'Node' })[0].firstTimestamp);
    const done = h.sec(h.hasCond(j, 'Complete').lastTransitionTime);
    h.assert(scm < 3700, `SuccessCriteriaMet when the replacement finished (${scm})`);
    h.eq(ready, 5700, 'w-2 back at 01:35');
    h.assert(done >= ready && done <= ready + 1, `Complete only once w-2 is back and the pod is gone (${done})`);
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    const blocked = ev.filter((e) => e[1] === 'JobAlreadyActive').map((e) => e[0]);
    h.assert(blocked.includes(3600) && blocked.includes(5400) && blocked.every((t) => t < done), `blocked at 01:00 and 01:30: ${blocked}`);
    h.eq(ev.filter((e) => e[0] === done).map((e) => [e[1], e[2]]), [
      ['SawCompletedJob', 'Saw completed job: cj-29453790, condition: Complete'],
      ['SuccessfulCreate', 'Created job cj-29453850'],
    ], 'late 01:30 Job at Complete');
    h.eq(h.jobsOf('cj').map((x) => x.metadata.name), ['cj-29453790', 'cj-29453850'], 'the 01:00 slot never runs');
    h.eq(j.status.completionTime, h.cond(j, 'Complete').lastTransitionTime, 'completionTime = Complete time');
  },
};
