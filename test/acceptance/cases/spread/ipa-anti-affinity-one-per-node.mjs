// Required podAntiAffinity to its own label with topologyKey hostname: three nodes take one pod each;
// the fourth is Pending ("didn't match pod anti-affinity rules", Unschedulable: preemption finds no
// lower-priority victims) until the pods finish at 30s, then it is bound.
export default {
  id: 'spread/ipa-anti-affinity-one-per-node',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAntiAffinity, Filter (fwk.Unschedulable, ErrReasonAntiAffinityRulesNotMatch "node(s) didn\'t match pod anti-affinity rules"); plugin.go EventsToRegister (Pod delete -> requeue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: solo }
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: { labels: { app: solo }, annotations: { jobsim/duration: 30s } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: solo } }, topologyKey: kubernetes.io/hostname }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('solo');
    const sched = pods.map((p) => [p, h.events({ reason: 'Scheduled', name: p.metadata.name })[0]]);
    const early = sched.filter(([, e]) => e && h.sec(e.firstTimestamp) < 1);
    h.eq(early.map(([p]) => p.spec.nodeName).sort(), ['w-1', 'w-2', 'w-3'], 'one per node at once');
    const late = sched.filter(([, e]) => !e || h.sec(e.firstTimestamp) >= 1);
    h.eq(late.length, 1, 'one waited');
    const [lp, le] = late[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: lp.metadata.name }).map((e) => e.message), ["0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."], 'message');
    h.assert(le, 'the fourth pod was bound in the end');
    h.near(h.sec(le.firstTimestamp), 30, 1, 'bound when the others finished');
  },
};
