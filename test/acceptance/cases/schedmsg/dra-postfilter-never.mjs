// With preemptionPolicy Never, DefaultPreemption's PostFilter still answers Unschedulable ("preemption: not
// eligible due to preemptionPolicy=Never."), so the message joins it after DynamicResources' own reason.
export default {
  id: 'schedmsg/dra-postfilter-never',
  source: 'runtime/framework.go RunPostFilterPlugins (every Unschedulable plugin\'s reasons joined); dynamicresources.go PostFilter ("no new claims to deallocate"); default_preemption.go PostFilter ("preemption: " + msg) and PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never."); default_plugins.go applyFeatureGates',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: gpu, value: "true", effect: NoSchedule }] }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: polite }
value: 500
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      priorityClassName: polite
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const msg = '0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, msg]], 'FailedScheduling');
    h.eq(h.anyCond(p, 'PodScheduled')?.message, msg, 'PodScheduled message');
  },
};
