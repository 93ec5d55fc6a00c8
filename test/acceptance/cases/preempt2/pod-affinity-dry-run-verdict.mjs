// When no node can be helped, the dry run's own verdicts make the preemption sentence: w-1 (priority-0
// pod, no db pod) still fails InterPodAffinity once its pod is removed, so it reports the affinity
// reason; w-2 holds only pods of higher priority ("No preemption victims found"). Nothing is preempted.
export default {
  id: 'preempt2/pod-affinity-dry-run-verdict',
  source: 'default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods status returned as is; "No preemption victims found for incoming pod"); preemption.go Preempt (FitError over DryRunPreemption statuses); interpodaffinity/filtering.go (ErrReasonAffinityRulesNotMatch "node(s) didn\'t match pod affinity rules")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 60s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: web }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 1h } }
          spec:
            priorityClassName: high
            affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }] } }
            restartPolicy: Never
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 2000
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: top
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: idle }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const web = h.podsOf('web')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: web.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, "0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 node(s) didn't match pod affinity rules."]], 'FailedScheduling');
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'nothing preempted');
    h.eq([web.spec.nodeName, web.status.nominatedNodeName], [undefined, undefined], 'web pending, not nominated');
  },
};
