// Cordoning the only node of a zone stalls a zone-spread Job under the default nodeTaintsPolicy (Ignore):
// the cordoned b-1 still makes zone zb an empty domain, so the second pod cannot join the first in za
// (skew 2) and b-1 refuses it; it binds to b-1 when the node is uncordoned.
export default {
  id: 'schedplug/spread-zone-cordon-stalls-until-uncordon',
  source: 'podtopologyspread/filtering.go calPreFilterState (domains from every node with the key: NodeTaintsPolicy Ignore by default) and Filter (skew > maxSkew: Unschedulable ErrReasonConstraintsNotMatch); nodeunschedulable Filter and isSchedulableAfterNodeChange (Queue when the node becomes schedulable); default_preemption.go SelectVictimsOnNode; types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  faults:
  - { at: 0s, cordonNode: b-1, for: 60s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const pods = h.podsOf('web');
    const placed = pods.map((p) => [p.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0]?.firstTimestamp)]).sort();
    h.eq(placed, [['a-1', 0], ['b-1', 60]], 'one pod on a-1 at once, the other on b-1 at the uncordon');
    const late = pods.find((p) => p.spec.nodeName === 'b-1');
    const fs = h.events({ reason: 'FailedScheduling', name: late.metadata.name });
    h.eq([h.sec(fs[0]?.firstTimestamp), N(fs[0]?.message)], [0, "0/2 nodes are available: 1 node(s) didn't match pod topology spread constraints, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."], 'first FailedScheduling');
  },
};
