// Seeds 000/001 "Resource control: allocate CPU/memory per Job run" / "set resource requests and limits": seed 001's Job
// (parallelism 5 / completions 20) with requests = limits of 3 CPU: only one pod fits on each 4-CPU node, so 3 run at
// a time; the others get FailedScheduling "Insufficient cpu"; the pod is Guaranteed QoS; Complete at +71s.
export default {
  id: 'seeds2/s2-001-resources-insufficient-cpu',
  source: 'seed 001 §3/§10 resource limits; kube-scheduler NodeResourcesFit ("Insufficient cpu"), DefaultPreemption PostFilter; pkg/apis/core/v1/helper/qos GetPodQOS (requests == limits -> Guaranteed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 20
  template:
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
        resources:
          requests: { cpu: "3", memory: 1Gi }
          limits: { cpu: "3", memory: 1Gi }
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 20, 'pods');
    h.eq(pods[0].status.qosClass, 'Guaranteed', 'QoS');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.slice(0, 2).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [0, 0].map((t) => [t, 'Warning', '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.']), 'FailedScheduling');
    // at most 3 running at any time
    const ev = [];
    for (const p of pods) {
      const t = p.status.containerStatuses[0].state.terminated;
      ev.push([Date.parse(t.startedAt), 1], [Date.parse(t.finishedAt), -1]);
    }
    ev.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let cur = 0, max = 0;
    for (const [, d] of ev) { cur += d; max = Math.max(max, cur); }
    h.eq(max, 3, 'max concurrent');
    const job = h.job('data-processing-job');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [20, 71], 'status');
  },
};
