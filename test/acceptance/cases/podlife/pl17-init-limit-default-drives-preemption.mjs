// Three statements combined. Resource management: a container with a limit and no request gets the limit as its
// request (the init container's cpu limit 2 becomes request 2). Init Containers "Resources": the pod's effective
// request is the higher of the app containers' sum (500m) and the highest init request (2), and "scheduling is done
// based on effective requests". Pod Priority: preemption must free those 2 CPUs, so both 1-CPU low pods on the node
// are victims, not just one; the preemptor is bound at 30s (the victims exit on SIGTERM at once).
export default {
  id: 'podlife/pl17-init-limit-default-drives-preemption',
  source: 'website manage-resources-containers.md ("If you specify a limit ... but do not specify any request ... copies the limit"), init-containers.md "Resources" (effective init request), pod-priority-preemption.md "Preemption"; pkg/apis/core/v1/defaults.go SetDefaults_Pod (init containers too); component-helpers resource.PodRequests (max of init, sum of app); preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: initprio}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hi}
      spec:
        template:
          spec:
            priorityClassName: high
            initContainers: [{name: warm, image: busybox:1.36, resources: {limits: {cpu: "2"}}}]
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "500m"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(hi.spec.initContainers[0].resources, { limits: { cpu: '2' }, requests: { cpu: '2' } }, 'request defaulted from the limit');
    const first = h.podsOf('lo').slice(0, 2);
    h.eq(h.events({ reason: 'Preempted' }).map((e) => e.involvedObject.name).sort(), first.map((p) => p.metadata.name).sort(), 'both low pods preempted');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, '0/1 nodes are available: 1 Insufficient cpu.']], 'one failed attempt, victims chosen');
    h.eq([hi.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: hi.metadata.name })[0].firstTimestamp)], ['w-1', 30], 'bound');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 2000, 'peak never above the node');
  },
};
