// A CronJob (every minute, Allow) whose pods refuse to share a node with another run's pod: on one node, the
// 00:02 run's pod waits (FailedScheduling at +2m) until the 00:01 run's pod, running 90s, finishes at
// +2m30s, and is bound then.
export default {
  id: 'interpod/cronjob-runs-anti-affinity',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAntiAffinity; plugin.go isSchedulableAfterPodChange ("delete a pod which matches pod\'s anti-affinity" -> Queue); pkg/controller/cronjob (concurrencyPolicy Allow, a run 100ms after the minute)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 170s
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: tick }
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: { labels: { app: tick }, annotations: { jobsim/duration: 90s } }
        spec:
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
              - { labelSelector: { matchLabels: { app: tick } }, topologyKey: kubernetes.io/hostname }
          containers: [{ name: c, image: busybox:1.36 }]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('tick');
    h.eq(jobs.map((j) => j.metadata.name), ['tick-29453761', 'tick-29453762'], 'two runs');
    const [p1] = h.podsOf(jobs[0].metadata.name);
    const [p2] = h.podsOf(jobs[1].metadata.name);
    h.eq(h.events({ reason: 'Scheduled', name: p1.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [60], 'first run bound at +1m');
    h.eq(h.sec(p1.status.containerStatuses[0].state.terminated.finishedAt), 150, 'first run finished at +2m30s');
    h.eq(h.events({ reason: 'FailedScheduling', name: p2.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[120, "0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."]], 'second run waits');
    h.eq(h.events({ reason: 'Scheduled', name: p2.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [150], 'second run bound at +2m30s');
  },
};
