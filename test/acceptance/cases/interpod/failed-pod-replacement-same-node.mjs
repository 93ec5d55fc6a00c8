// A Failed pod no longer counts: a Job whose pods keep off any node holding another of its pods (hostname)
// runs on a single node; its first pod fails at 10s and the replacement, created after the 10s back-off at
// 20s, is bound to that same node at once although the failed pod object is still there.
export default {
  id: 'interpod/failed-pod-replacement-same-node',
  source: 'kubernetes/kubernetes pkg/scheduler/scheduler.go newPodInformer (status.phase!=Failed field selector: a Failed pod leaves the cache); interpodaffinity/filtering.go satisfyPodAntiAffinity; pkg/controller/job backoff (10s after the first failure)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: solo }
spec:
  backoffLimit: 2
  template:
    metadata: { labels: { app: solo }, annotations: { jobsim/duration: 10s, jobsim/exit-codes: "1,0" } }
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
    h.eq(pods.map((p) => [p.status.phase, p.spec.nodeName]), [['Failed', 'w-1'], ['Succeeded', 'w-1']], 'pods');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: pods[1].metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20], 'replacement bound at 20s');
    h.hasCond(h.job('solo'), 'Complete');
  },
};
