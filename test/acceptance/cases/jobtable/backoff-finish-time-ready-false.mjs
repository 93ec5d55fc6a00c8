// TestGetFinishedTime "fallback to PodReady.LastTransitionTime when status of the condition is False":
// a pod whose containers are not terminated (its node stopped answering) finishes, for the back-off, when
// its Ready condition turned False. Node w-1 stops at 60s; the node controller marks the pod Ready=False
// at 110s; the pod tolerates the unreachable taint for 2s only, so it is evicted at 117s (the NoExecute taint comes one monitor pass after Unknown); counted failed
// at 113s (TerminatingOrFailed); the 10s back-off runs from 110s: replacement at 120s (not 122s, which
// deletionTimestamp - grace would give).
export default {
  id: 'jobtable/backoff-finish-time-ready-false',
  source: 'backoff_utils_test.go TestGetFinishedTime "fallback to PodReady.LastTransitionTime when status of the condition is False"; backoff_utils.go getFinishedTime (getFinishTimeFromPodReadyFalseCondition before getFinishTimeFromDeletionTimestamp); reference §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rf}
spec:
  duration: 5m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
  faults:
  - {at: 1m, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 2}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const ready = h.anyCond(pods[0], 'Ready');
    h.eq([ready.status, h.sec(ready.lastTransitionTime)], ['False', 110], 'first pod Ready=False at 110s');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [117], 'eviction');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 120], 'replacement 10s after Ready=False');
    h.eq(h.job('j').status.failed, 1, 'failed');
  },
};
