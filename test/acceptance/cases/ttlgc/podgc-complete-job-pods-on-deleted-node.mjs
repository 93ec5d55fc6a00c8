// A Job (completions 2, parallelism 2) pinned to w-1 completes at 11s; ttlSecondsAfterFinished 3600. w-1's Node is
// deleted at 30s: the pod GC's 40s pass quarantines it, the 80s pass force-deletes both Succeeded pods without a
// status patch (terminal: no Failed phase, no DisruptionTarget). The finished Job is not touched (succeeded 2, no
// failure); the TTL controller deletes it at 11s + 3600s.
export default {
  id: 'ttlgc/podgc-complete-job-pods-on-deleted-node',
  source: 'podgc gc_controller.go gcOrphaned (quarantine 40s), markFailedAndDeletePodWithCondition (no patch for Succeeded/Failed pods, Delete grace 0); job_controller.go syncJob (finished: return); ttlafterfinished timeLeft',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 30s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 2
  parallelism: 2
  ttlSecondsAfterFinished: 3600
  template:
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, !!h.anyCond(p, 'DisruptionTarget')]), [['Succeeded', 80, 0, false], ['Succeeded', 80, 0, false]], 'pods force-deleted at the 80s pass, unpatched');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed ?? 0], [2, 0], 'counters unchanged');
    h.eq(h.sec(j.metadata.deletionTimestamp), 3611, 'TTL deletion');
  },
};
