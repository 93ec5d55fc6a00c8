// controllerDown: cronjob does not stop the pod GC (nor the Job controller): w-1 deleted at 110s, pod GC-ed at 160s,
// replacement at 170s.
export default {
  id: 'podgc/outage-cronjob-podgc-runs',
  source: 'README Outages (cronjob stops the CronJob controller only); podgc gcOrphaned quarantine 40s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p12}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 100s, controllerDown: cronjob, for: 300s}
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 160], 'GC-ed at 160s');
    h.eq(h.sec(q?.metadata.creationTimestamp), 170, 'replacement at 170s');
  },
};
