// w-1's guard pod both matches the incoming pod's anti-affinity and repels it with its own: the node is
// counted once, for the pod's own anti-affinity (checked first); w-2's guard only repels it ("existing pods
// anti-affinity"). "didn't m" sorts before "didn't s". Both are Unschedulable; the guards are of equal
// priority, so no victims.
export default {
  id: 'schedmsg/ipa-anti-affinity-before-existing',
  source: 'interpodaffinity/filtering.go Filter (order: affinity, anti-affinity, existing pods anti-affinity; both anti-affinity verdicts fwk.Unschedulable); types.go FitError.Error (sort.Strings); default_preemption.go SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: web }, spec: { template: { metadata: { labels: { app: web } }, spec: { restartPolicy: Never, affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: batch } }, topologyKey: kubernetes.io/hostname }] } }, containers: [{ name: c, image: busybox }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard1 }
spec:
  template:
    metadata: { labels: { app: batch }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }] } }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: guard2 }
spec:
  template:
    metadata: { labels: { app: other }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: web } }, topologyKey: kubernetes.io/hostname }] } }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('web')[0];
    const msg = "0/2 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 1 node(s) didn't satisfy existing pods anti-affinity rules. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
