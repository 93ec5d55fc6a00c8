// preemptionPolicy Never only stops a pod from preempting: it is itself a victim of a pod of
// higher priority.
export default {
  id: 'preempt/never-class-pod-is-preemptible',
  source: 'default_preemption.go PodEligibleToPreemptOthers (checks the preemptor\'s preemptionPolicy only) and SelectVictimsOnNode (victims by priority only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: mid-polite }
value: 500
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: polite }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: mid-polite
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const v = h.podsOf('polite')[0];
    const p = h.podsOf('hi')[0];
    h.eq([v.spec.priority, v.spec.preemptionPolicy], [500, 'Never'], 'victim priority and policy');
    h.eq(h.sec(h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler').lastTransitionTime), 30, 'preempted at +30s');
    h.eq(p.spec.nodeName, 'w-1', 'preemptor bound');
    const repl = h.podsOf('polite')[1];
    h.eq(repl.spec.nodeName, undefined, 'the replacement waits');
    h.eq(h.events({ reason: 'FailedScheduling', name: repl.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.'], 'replacement (Never) does not preempt');
  },
};
