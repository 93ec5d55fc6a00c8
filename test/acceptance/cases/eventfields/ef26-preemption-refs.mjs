// Preemption: the victim's Preempted (default-scheduler) is on the victim Pod (no fieldPath); the victim's
// Killing (kubelet) is on its container, spec.containers{c}; both at +60s.
export default {
  id: 'eventfields/ef26-preemption-refs',
  source: 'pkg/scheduler/framework/preemption/preemption.go prepareCandidate (Eventf(victim, preemptor, Normal, "Preempted", ...)); kuberuntime_container.go killContainer (container ref via GenerateContainerRef)',
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pr}
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  timeline:
  - {at: 1m, create: {apiVersion: batch/v1, kind: Job, metadata: {name: hi}, spec: {template: {spec: {priorityClassName: high, restartPolicy: Never, containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: low}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const victim = h.podsOf('low')[0];
    const ev = r.events.filter((e) => e.involvedObject.uid === victim.metadata.uid && ['Preempted', 'Killing'].includes(e.reason));
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.reason, e.source.component, e.involvedObject.fieldPath ?? null]), [
      [60, 'Preempted', 'default-scheduler', null],
      [60, 'Killing', 'kubelet', 'spec.containers{c}'],
    ], 'victim events');
  },
};
