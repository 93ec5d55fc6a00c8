// Seeds 000/001 "Kubernetes automatically handles node failures" / "re-run jobs on healthy nodes": no scheduling
// configuration is needed. The seed's Job (pod made to run 10 min) is on node-2 (seed 1) when that node stops at +60s:
// NodeNotReady and the pod's Ready=False at +105s (50s grace, 5s monitor grid), the default 300s unreachable
// toleration evicts it at +410s (DisruptionTarget DeletionByTaintManager); without podFailurePolicy the Terminating pod
// counts as failed at once and is replaced 1s later on a healthy node, with no back-off (its failure dates from Ready=False,
// 300s earlier). The replacement succeeds (SuccessCriteriaMet +16m47s), but Complete waits until the old pod has really
// terminated, when node-2 is back (+61m) - status.terminating is 1 in between.
export default {
  id: 'seeds/s001-node-failure-rerun',
  source: 'nodelifecycle MarkPodsNotReady, DefaultTolerationSeconds admission (300s), tainteviction (DeletionByTaintManager); job_controller.go isPodFailed (TerminatingOrFailed), getFinishedTime (Ready=False), enactJobFinished (terminating == 0); reference cronjob §5.1-5.5, job §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: node-failure
spec:
  faults:
    - { at: 60s, nodeDown: node-2, for: 1h }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "10m"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 2, 'one replacement');
    const [first, second] = pods;
    h.eq(first.spec.nodeName, 'node-2', 'seed 1 puts the first pod on node-2 (the node the fault stops)');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod', name: first.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[105, 'Warning', 'Node is not ready']], 'pod NodeNotReady');
    const dt = first.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, dt?.message, h.sec(dt?.lastTransitionTime)], ['True', 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint', 410], 'DisruptionTarget');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: first.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[410, `Marking for deletion Pod default/${first.metadata.name}`]], 'eviction event');
    h.eq(h.sec(first.metadata.deletionTimestamp), 440, 'graceful deletion: 410 + 30s');
    h.eq(h.sec(second.metadata.creationTimestamp), 411, 'replacement 1s after the eviction, no back-off');
    h.assert(second.spec.nodeName && second.spec.nodeName !== 'node-2', `replacement on a healthy node: ${second.spec.nodeName}`);
    h.eq(second.status.phase, 'Succeeded', 'replacement succeeded');
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 1012], ['Complete', 'CompletionsReached', 3661]], 'Complete only once the evicted pod has terminated');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating, h.sec(job.status.completionTime)], [1, 1, 0, 3661], 'status: the evicted pod counted failed');
    h.eq(h.events({ reason: 'NodeReady', name: 'node-2' }).map((e) => h.sec(e.firstTimestamp)), [3660], 'node back at +61m');
  },
};
