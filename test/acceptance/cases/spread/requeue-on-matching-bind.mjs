// A pod pinned to zone a (nodeAffinityPolicy Ignore, so zone b is an empty domain) is Pending at 5s
// (skew 1+1-0 = 2). At 20s a matching pod is bound in zone b: the minimum becomes 1, and the Pending
// pod, moved back to the queue by that assigned-pod event, is bound to a-1 at once (not at the
// 5-minute flush).
export default {
  id: 'spread/requeue-on-matching-bind',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/plugin.go EventsToRegister (Pod Add/Update/Delete) and isSchedulableAfterPodChange (a matching pod in the same namespace -> Queue); filtering.go Filter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: stuck, spec: { suspend: false } } }
  - { at: 20s, patch: { kind: Job, name: helper, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: stuck }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Ignore, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: helper }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: b }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('stuck')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.assert(fs.length >= 1, 'stuck was Pending first');
    h.near(h.sec(fs[0].firstTimestamp), 5, 1, 'first attempt');
    h.eq(h.podsOf('helper')[0].spec.nodeName, 'b-1', 'helper on b-1');
    h.eq(p.spec.nodeName, 'a-1', 'stuck bound to a-1');
    h.near(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), 20, 2, 'bound right after the matching pod');
  },
};
