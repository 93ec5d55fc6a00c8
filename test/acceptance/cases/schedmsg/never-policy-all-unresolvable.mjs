// PodEligibleToPreemptOthers is asked first: a pod with preemptionPolicy Never gets "not eligible due to
// preemptionPolicy=Never." even when every node is UnschedulableAndUnresolvable (a taint, a selector), and
// the sentence replaces the node-count one.
export default {
  id: 'schedmsg/never-policy-all-unresolvable',
  source: 'default_preemption.go PodEligibleToPreemptOthers ("not eligible due to preemptionPolicy=Never.") and PostFilter ("preemption: " + msg); preemption.go Preempt (step 1 before findCandidates); types.go FitError.Error (PostFilterMsg appended after " ")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: gpu, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: batch }, taints: [{ key: gpu, value: "true", effect: NoSchedule }] }
    - { name: web, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: web } }
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
      nodeSelector: { tier: batch }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('j')[0];
    h.eq([p.spec.priority, p.spec.preemptionPolicy], [500, 'Never'], 'admission');
    const msg = "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) had untolerated taint(s). preemption: not eligible due to preemptionPolicy=Never.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[0, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
