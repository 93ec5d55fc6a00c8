// e2e "should run a job to completion with CPU requests" [Serial]: 90 pods (parallelism = completions = 90, backoffLimit 0)
// pinned to one node by kubernetes.io/hostname, each requesting 20% of its allocatable cpu (10 cores -> "2"): only 5 fit
// at a time, the others are Pending with FailedScheduling (1 Insufficient cpu, 2 not matching the selector) and are
// scheduled as running pods succeed (a pod leaving Running frees its request): 18 waves of 10s, Complete at 181s.
export default {
  id: 'e2e2/cpu-requests-one-node',
  source: 'test/e2e/apps/job.go "should run a job to completion with CPU requests" (cpuRequest = int64(0.2*allocatable), NodeSelector hostname, WaitForJobComplete, 90 Succeeded); scheduler NodeResourcesFit (Insufficient cpu), factory newPodInformer (terminal pods leave the scheduler cache), job_controller.go manageJob (slow start, all 90 created at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: node, count: 3, capacity: {cpu: "10", memory: 16Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: all-succeed}
spec:
  parallelism: 90
  completions: 90
  backoffLimit: 0
  template:
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers:
      - name: c
        image: busybox
        command: [/bin/sh, -c, "exit 0"]
        resources: {requests: {cpu: "2"}}
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('all-succeed');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 181], ['Complete', 'CompletionsReached', 181]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [90, 0], 'counters');
    const pods = h.podsOf('all-succeed');
    h.eq([pods.length, pods.filter((p) => p.status.phase === 'Succeeded').length, pods.every((p) => p.spec.nodeName === 'node-1'), pods.every((p) => h.sec(p.metadata.creationTimestamp) === 0)], [90, 90, true, true], '90 pods created at 0s, all succeeded on node-1');
    const waves = {};
    for (const p of pods) { const s = h.sec(p.status.startTime); waves[s] = (waves[s] ?? 0) + 1; }
    h.eq(Object.entries(waves).sort((a, b) => a[0] - b[0]), Array.from({ length: 18 }, (_, i) => [String(i * 10), 5]), 'five pods per 10s wave');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq([...new Set(fs.map((e) => e.message))], ["0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."], 'FailedScheduling message');
    h.eq(fs[0].type, 'Warning', 'FailedScheduling is a Warning');
  },
};
