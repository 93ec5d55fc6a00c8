// A pod with required affinity to app=db is Pending (no db pod, it does not match its own term) until
// a db pod is bound at 20s; the assigned-pod event moves it back and it is bound into db's zone at once.
export default {
  id: 'spread/ipa-requeue-on-matching-bind',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/plugin.go EventsToRegister (Pod Add) and isSchedulableAfterPodChange (a pod matching the incoming pod\'s affinity terms -> Queue); filtering.go satisfyPodAffinity',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 20s, patch: { kind: Job, name: db, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: db } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  suspend: true
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: b }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('web')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.assert(fs.length >= 1, 'web was Pending first');
    h.near(h.sec(fs[0].firstTimestamp), 0, 1, 'first attempt at 0s');
    h.eq(p.spec.nodeName, 'b-1', 'web bound in db\'s zone');
    h.near(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), 20, 2, 'bound right after db');
  },
};
