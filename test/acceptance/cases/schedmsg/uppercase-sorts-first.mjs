// sort.Strings compares bytes: with equal counts, "1 Insufficient memory" < "1 Too many pods" < "1 node(s) ...",
// upper-case letters before lower-case. Three nodes: one out of memory, one out of pod slots, one with the
// wrong label. Too many pods and memory are Unschedulable (no lower-priority pods: no victims), the
// selector mismatch UnschedulableAndUnresolvable.
export default {
  id: 'schedmsg/uppercase-sorts-first',
  source: 'types.go FitError.Error sortReasonsHistogram (sort.Strings, byte order); noderesources/fit.go fitsRequest ("Too many pods" when len(pods)+1 > allowedPodNumber); nodeaffinity Filter (UnschedulableAndUnresolvable, ErrReasonPod)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: slots, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 1 }, labels: { tier: batch } }
    - { name: mem, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { tier: batch } }
    - { name: web, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: web } }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { nodeSelector: { tier: batch }, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { memory: 2Gi } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fill }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { tier: batch }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { memory: 3Gi } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.podsOf('fill').map((p) => p.spec.nodeName).sort(), ['mem-1', 'slots-1'], 'fillers placed one per batch node');
    const p = h.podsOf('want')[0];
    const msg = "0/3 nodes are available: 1 Insufficient memory, 1 Too many pods, 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[5, msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message)], ['False', 'Unschedulable', msg], 'PodScheduled');
  },
};
