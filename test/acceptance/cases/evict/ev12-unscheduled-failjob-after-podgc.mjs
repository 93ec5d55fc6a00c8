// A pod that fits no node is evicted at 25s: grace 0 (never bound), but the job-tracking finalizer keeps it, and
// with a podFailurePolicy the Job counts only terminal pods: it stays Pending/terminating. The pod GC's
// gcUnscheduledTerminating (pass at 40s) marks it Failed (no condition of its own) and force-deletes it; the
// FailJob rule then matches the Eviction API's DisruptionTarget: FailureTarget and Failed PodFailurePolicy at
// 41s with "Pod default/j-bn7wn has condition DisruptionTarget matching FailJob rule at index 0", and a Warning
// event with the same reason and message. No replacement was ever made.
export default {
  id: 'evict/ev12-unscheduled-failjob-after-podgc',
  source: 'eviction.go addConditionAndDeletePod; strategy.go CheckGracefulDelete (no nodeName: 0); podgc gc_controller.go gcUnscheduledTerminating -> markFailedAndDeletePod (gcCheckPeriod 20s); job pod_failure_policy.go matchPodFailurePolicy (FailJob: "%s has condition %s matching %v rule at index %d"); job_controller.go onlyReplaceFailedPods',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 2m
  faults:
  - {at: 25s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: FailJob, onPodConditions: [{type: DisruptionTarget}]}
  template:
    spec:
      nodeSelector: {disk: ssd}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement');
    const p = pods[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], ['Failed', 25, 0], 'failed by the pod GC');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.sec(dt.lastTransitionTime), 25, 'the eviction condition stays');
    const msg = 'Pod default/j-bn7wn has condition DisruptionTarget matching FailJob rule at index 0';
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([h.sec(ft.lastTransitionTime), ft.message, h.sec(f.lastTransitionTime), f.message], [41, msg, 41, msg], 'conditions');
    h.eq(h.events({ reason: 'PodFailurePolicy' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[41, 'Warning', msg]], 'event');
    h.eq(j.status.failed, 1, 'counted');
  },
};
