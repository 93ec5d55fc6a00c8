// fitsRequest keeps every insufficient resource of one node ("Too many pods" first, then cpu);
// FitError.Error counts each reason once per node and sorts "count reason" strings.
export default {
  id: 'scheduling/fit-pods-and-cpu-reasons',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (pods, then cpu, memory); Filter keeps all failureReasons; framework/types.go FitError.Error (sort.Strings of "%v %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 1 } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: late }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.type, e.source.component]), [[10, 'Warning', 'default-scheduler']], 'one FailedScheduling at +10s');
    h.eq(fs[0].message, '0/1 nodes are available: 1 Insufficient cpu, 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 'message');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason, c.message, h.sec(c.lastTransitionTime)], ['False', 'Unschedulable', fs[0].message, 10], 'PodScheduled condition');
  },
};
