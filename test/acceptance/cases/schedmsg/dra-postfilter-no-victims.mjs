// Since 1.34 DynamicResourceAllocation is GA and on by default, and the default profile runs the
// DynamicResources plugin before DefaultPreemption. Its PostFilter answers a pod without resource claims
// Unschedulable "no new claims to deallocate"; RunPostFilterPlugins goes on to DefaultPreemption and joins
// both plugins' reasons with ", ". Real 1.34/1.35 clusters print
// "... Insufficient cpu. no new claims to deallocate, preemption: 0/N nodes are available: ...".
export default {
  id: 'schedmsg/dra-postfilter-no-victims',
  source: 'apis/config/v1/default_plugins.go applyFeatureGates (DynamicResources inserted before DefaultPreemption when DynamicResourceAllocation is enabled, GA in 1.34); dynamicresources.go PostFilter (state.claims.empty(): fwk.NewStatus(fwk.Unschedulable, "no new claims to deallocate")); runtime/framework.go RunPostFilterPlugins (reasons appended, NewStatus(Unschedulable, reasons...)); types.go FitError.Error (" " + PostFilterMsg)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    const p = h.podsOf('want')[0];
    const msg = '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[10, msg]], 'FailedScheduling');
    h.eq(h.anyCond(p, 'PodScheduled')?.message, msg, 'PodScheduled message');
  },
};
