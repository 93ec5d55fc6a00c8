// A user trap: podFailurePolicy [FailJob on exit code 137 (meant for OOM kills), Ignore on DisruptionTarget]. The pod
// is still pulling its image (10m pull) when w-1 goes silent (10s-8m10s); it is taint-evicted (Terminating, not
// counted: podReplacementPolicy Failed). When the kubelet is back it terminates the pod whose container never started:
// the container is reported terminated with exit 137, reason ContainerStatusUnknown ("The container could not be
// located when the pod was terminated"), phase Failed. Rules are tried in order, so the FailJob rule matches before the
// Ignore rule: the Job fails (FailureTarget and Failed together, at return + 1s: nothing is left terminating).
export default {
  id: 'nodelife3/never-started-evicted-pod-137-failjob',
  source: 'pkg/kubelet/status/status_manager.go TerminatePod (waiting containers -> terminated 137 ContainerStatusUnknown "The container could not be located when the pod was terminated"; status_manager_test.go TestTerminatePod); pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy (first matching rule wins); job_controller.go getFailJobMessage',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 12m
  latencies: { imagePull: 10m }
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 10s, nodeDown: w-1, for: 8m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: In, values: [137] }
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'never replaced');
    const p = pods[0];
    const nr = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    h.eq(h.events({ name: p.metadata.name, reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [nr + 305], 'evicted while pulling');
    h.eq(h.events({ name: p.metadata.name, reason: 'Started' }).length, 0, 'container never started');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, t.reason, t.message], ['Failed', 137, 'ContainerStatusUnknown', 'The container could not be located when the pod was terminated'], 'terminated on return');
    h.eq(h.anyCond(p, 'DisruptionTarget').reason, 'DeletionByTaintManager', 'DisruptionTarget present too');
    const msg = `Container c for pod default/${p.metadata.name} failed with exit code 137 matching FailJob rule at index 0`;
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), f.message, h.sec(f.lastTransitionTime)], [msg, 491, msg, 491], 'conditions');
    h.eq([j.status.failed, j.status.terminating], [1, 0], 'counters');
  },
};
