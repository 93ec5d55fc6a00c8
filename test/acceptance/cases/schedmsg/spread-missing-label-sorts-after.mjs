// The two PodTopologySpread reasons differ by a suffix, so the shorter sorts first; the missing-label verdict
// is UnschedulableAndUnresolvable, the skew Unschedulable. Zone a holds a matching pod (skew), zone b's node is
// short of cpu (NodeResourcesFit runs first), the third node has no zone label.
export default {
  id: 'schedmsg/spread-missing-label-sorts-after',
  source: 'podtopologyspread/filtering.go Filter (missing topology key: UnschedulableAndUnresolvable ErrReasonNodeLabelNotMatch "node(s) didn\'t match pod topology spread constraints (missing required label)"; skew: Unschedulable ErrReasonConstraintsNotMatch); types.go FitError.Error (sort.Strings); preemption.go Preempt',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: za, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: zb, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
    - { name: nozone, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: two }, spec: { template: { metadata: { labels: { app: s } }, spec: { restartPolicy: Never, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: s } } }], containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: one }
spec:
  template:
    metadata: { labels: { app: s }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: za-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: zb-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('two')[0];
    const msg = "0/3 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints, 1 node(s) didn't match pod topology spread constraints (missing required label). preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
