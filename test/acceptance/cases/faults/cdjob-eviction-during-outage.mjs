// A pod on a node down for good (1m) is taint-evicted (Terminating) while the Job controller is down
// (5m-10m). Nothing is counted or replaced until the return (10m): then the pod counts as failed (TerminatingOrFailed)
// and, its finish time being the Ready=False transition long ago, the replacement is created at once at 10m.
export default {
  id: 'faults/cdjob-eviction-during-outage',
  source: 'job_controller.go isPodFailed, syncJob on relist; backoff_utils.go getFinishedTime (Ready=False lastTransitionTime); tainteviction/taint_eviction.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: eo}
spec:
  duration: 15m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1}
  - {at: 5m, controllerDown: job, for: 5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [w-1]}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const e = h.sec(h.hasCond(pods[0], 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime);
    h.assert(e > 300 && e < 600, `evicted during the outage (${e}s)`);
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 600], 'replacement at the return');
    h.eq(h.job('j').status.failed, 1, 'failed');
  },
};
