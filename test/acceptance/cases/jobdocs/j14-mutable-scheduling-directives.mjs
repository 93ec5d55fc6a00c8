// Job concept page, "Mutable Scheduling Directives": for a suspended Job that has never been unsuspended, the pod
// template's node selector, tolerations, labels and annotations may be updated (e.g. by a queue controller that picks
// the GPU pool), and the pods created on resume carry them. Created suspended (Suspended event at 0s), patched at 30s,
// resumed at 40s: both pods get the new labels/annotations and land on the tainted gpu-1 node; startTime is 40s.
export default {
  id: 'jobdocs/j14-mutable-scheduling-directives',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#mutable-scheduling-directives; pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives: suspended and startTime nil); validation.go validateJobSpecUpdate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: directives }
spec:
  cluster:
    nodePools:
    - name: cpu
      count: 2
    - name: gpu
      count: 1
      labels: { accelerator: a100 }
      taints: [{ key: gpu, value: "true", effect: NoSchedule }]
  timeline:
  - at: 30s
    patch:
      kind: Job
      name: queued
      spec:
        template:
          metadata:
            labels: { queue: gpu }
            annotations: { kueue: admitted }
          spec:
            nodeSelector: { accelerator: a100 }
            tolerations: [{ key: gpu, operator: Equal, value: "true", effect: NoSchedule }]
  - { at: 40s, patch: { kind: Job, name: queued, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: queued
spec:
  suspend: true
  parallelism: 2
  completions: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('queued');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName, p.metadata.labels.queue, p.metadata.annotations.kueue, p.spec.nodeSelector]), [
      [40, 'gpu-1', 'gpu', 'admitted', { accelerator: 'a100' }], [40, 'gpu-1', 'gpu', 'admitted', { accelerator: 'a100' }]], 'pods');
    h.eq(pods[0].spec.tolerations[0], { key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' }, 'toleration');
    const job = h.job('queued');
    h.eq([h.sec(job.status.startTime), h.sec(job.status.completionTime)], [40, 51], 'times');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['Suspended', 0], ['SuccessfulCreate', 40], ['SuccessfulCreate', 40], ['Resumed', 40], ['Completed', 51]], 'events');
  },
};
