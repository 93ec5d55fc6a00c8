// ("1 node(s)..." sorts before "2 Insufficient cpu": the count is part of the string.)
// The preemption sentence with its three kinds of verdicts: a-1 holds only a pod of the preemptor's priority
// (no victims), b-1 stays short even without its low-priority pod (the filters' own reason), c-1 is tainted
// (UnschedulableAndUnresolvable, never dry-run). Nothing is preempted and the pod is not nominated.
export default {
  id: 'schedmsg/preempt-three-verdicts',
  source: 'default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod" when no lower-priority pod; after removing them RunFilterPluginsWithNominatedPods\'s status); preemption.go DryRunPreemption (nodeStatuses.Set) and Preempt (FitError, SetAbsentNodesStatus, NewPostFilterResultWithNominatedNode("")); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: team, value: ml, effect: NoSchedule }] }
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
metadata: { name: peer-a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: a-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: peer-b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 2500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: low-b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    const p = h.podsOf('hi')[0];
    h.eq(p.status.nominatedNodeName, undefined, 'not nominated');
    const msg = '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Insufficient cpu, 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[30, msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message), h.sec(c?.lastTransitionTime)], ['False', 'Unschedulable', msg, 30], 'PodScheduled');
  },
};
