// w-1 stops answering at 30s (still Ready in the API), the Job created at 40s gets its pod bound there;
// the kubelet never sees it. Unknown and the NoExecute taint follow, the eviction is planned 300s after
// the taint, but w-1 is back at 3m30s: the kubelet admits and starts the pod then (Pulled/Created/
// Started at 210s), and the next monitor pass removes the taints, cancelling the planned eviction with
// its event at 215s. The pod runs its minute: Complete at 4m31s, no failure.
export default {
  id: 'nodelife2/unseen-pod-started-on-return-cancels',
  source: 'kubelet.go HandlePodAdditions (pods bound while away are admitted on return); node_lifecycle_controller.go processTaintBaseEviction ConditionTrue -> markNodeAsReachable; taint_eviction.go handleNodeUpdate -> cancelWorkWithEvent; taint_eviction_test.go TestUpdateNode "Removing taint from node should stop eviction"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1, for: 3m }
  timeline:
  - at: 40s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: j }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1m" } }
          spec:
            nodeSelector: { kubernetes.io/hostname: w-1 }
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const [p, extra] = h.podsOf('j');
    h.eq(extra, undefined, 'one pod');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [40], 'bound at 40s');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [210], 'started on the return');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[215, 'Cancelling deletion of Pod default/' + p.metadata.name]], 'cancelled');
    h.eq([h.sec(p.status.startTime), p.status.phase], [210, 'Succeeded'], 'pod');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, h.sec(j.status.completionTime)], [0, 271], 'job');
  },
};
