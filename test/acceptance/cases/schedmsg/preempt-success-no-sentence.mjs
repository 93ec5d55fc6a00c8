// When preemption finds a candidate, PostFilter succeeds with an empty message: the FailedScheduling of that
// attempt carries only the filter histogram (here mixed: a cordoned node, a tainted node, a node short of
// cpu), the pod is nominated to the victim's node, and it binds there once the victim is gone.
export default {
  id: 'schedmsg/preempt-success-no-sentence',
  source: 'schedule_one.go schedulingCycle (fitError.Diagnosis.PostFilterMsg = status.Message(), empty on Success); preemption.go Preempt (NewPostFilterResultWithNominatedNode(bestCandidate.Name()), Success); types.go FitError.Error (PostFilterMsg only when non-empty)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: team, value: ml, effect: NoSchedule }] }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 0s, cordonNode: c-1 }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      terminationGracePeriodSeconds: 30
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('hi')[0];
    const victim = h.podsOf('low')[0];
    h.eq(h.events({ reason: 'Preempted', name: victim.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'victim preempted at +30s');
    const msg = '0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s), 1 node(s) were unschedulable.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[30, msg]], 'FailedScheduling without a preemption sentence');
    h.eq([p.status.nominatedNodeName, p.spec.nodeName], ['a-1', 'a-1'], 'nominated, then bound to a-1');
  },
};
