// A Succeeded pod leaves the scheduler's cache: the x pod finished at 10s on the big a-1, so at 20s a web pod
// with required anti-affinity to app=x (zone) is free to take a-1 although the finished pod object remains.
export default {
  id: 'interpod/finished-pod-no-longer-repels',
  source: 'kubernetes/kubernetes pkg/scheduler/scheduler.go newPodInformer (field selector status.phase!=Succeeded,status.phase!=Failed: a finished pod is deleted from the cache); interpodaffinity/filtering.go getIncomingAffinityAntiAffinityCounts (nodeInfo.GetPods())',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 20s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 10s } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const x = h.podsOf('x')[0];
    h.eq([x.spec.nodeName, x.status.phase], ['a-1', 'Succeeded'], 'x finished on a-1');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, 'a-1', 'web takes a-1');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20], 'scheduled at 20s');
  },
};
