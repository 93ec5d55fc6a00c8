// The victim ignores SIGTERM: it is killed at the end of its own 20s grace period (137), and only
// then does the preemptor, nominated to the node meanwhile, bind there. One FailedScheduling only.
export default {
  id: 'preempt/grace-ignore-binds-at-grace-end',
  source: 'preemption.go prepareCandidate (util.DeletePod: graceful delete with the pod\'s terminationGracePeriodSeconds) and Preempt (NewPostFilterResultWithNominatedNode); schedule_one.go (nominated pod retried when the victim is deleted)',
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
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
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
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      terminationGracePeriodSeconds: 20
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const v = h.podsOf('low')[0];
    const hi = h.podsOf('hi')[0];
    h.eq(h.sec(v.metadata.deletionTimestamp), 80, 'deletionTimestamp = 60s + 20s');
    h.eq(h.sec(h.hasCond(v, 'DisruptionTarget', 'PreemptionByScheduler').lastTransitionTime), 60, 'DisruptionTarget at the preemption');
    h.eq(v.status.phase, 'Failed', 'victim Failed');
    h.eq(h.exitCodeOf(v), 137, 'SIGKILLed at the end of the grace period');
    h.eq(h.sec(v.status.containerStatuses[0].state.terminated.finishedAt), 80, 'finished at +80s');
    h.eq(hi.status.nominatedNodeName, 'w-1', 'nominated');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).length, 1, 'one FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[80, `Successfully assigned default/${hi.metadata.name} to w-1`]], 'bound at +80s');
  },
};
