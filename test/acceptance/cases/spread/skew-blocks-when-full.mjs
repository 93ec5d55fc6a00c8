// Zone b holds one pod (cpu). With maxSkew 1 the pods go a, b, a (a=1,b=1 -> 1+1-1 = 1 allowed);
// the fourth would make a's skew 2+1-1 = 2 and b is full: it stays Pending with both reasons.
// Skew failures are Unschedulable (preemption is tried; equal priorities: no victims).
export default {
  id: 'spread/skew-blocks-when-full',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/filtering.go Filter (fwk.Unschedulable, ErrReasonConstraintsNotMatch "node(s) didn\'t match pod topology spread constraints"); framework/types.go FitError.Error; default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('web');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName).sort(), ['a-1', 'a-1', 'b-1'], 'bound: two in a, one in b');
    const pending = pods.filter((p) => !p.spec.nodeName);
    h.eq(pending.length, 1, 'one Pending');
    h.eq(pending[0].status.phase, 'Pending', 'phase');
    h.eq(h.events({ reason: 'FailedScheduling', name: pending[0].metadata.name }).map((e) => e.message), ["0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."], 'message');
    const c = h.anyCond(pending[0], 'PodScheduled');
    h.eq([c.status, c.reason], ['False', 'Unschedulable'], 'PodScheduled');
  },
};
