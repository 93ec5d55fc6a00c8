// A Job with a podFailurePolicy (podReplacementPolicy defaults to Failed), cut while its preempted pod
// still ignores SIGTERM (grace 30s, run ends at +75s): the victim is terminating, neither active nor
// failed, and not replaced yet: status active 0, ready 0, terminating 1, failed 0, one pod.
export default {
  id: 'preempt2/mid-grace-counts-with-policy',
  source: 'pkg/controller/job/job_controller.go syncJob (jobCtx.terminating = CountTerminatingPods; activePods = FilterActivePods excludes deleted pods); isPodFailed (onlyReplaceFailedPods: phase Failed only); apis/batch/v1 defaults (podReplacementPolicy Failed when podFailurePolicy is set)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 75s
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const j = h.job('low');
    h.eq(j.spec.podReplacementPolicy, 'Failed', 'defaulted podReplacementPolicy');
    const pods = h.podsOf('low');
    h.eq(pods.length, 1, 'not replaced while terminating');
    const v = pods[0];
    h.eq([h.sec(v.metadata.deletionTimestamp), v.metadata.deletionGracePeriodSeconds, v.status.phase], [90, 30, 'Running'], 'victim terminating');
    h.eq([j.status.active ?? 0, j.status.ready, j.status.terminating, j.status.failed ?? 0], [0, 0, 1, 0], '[active, ready, terminating, failed]');
    const hi = h.podsOf('hi')[0];
    h.eq([hi.spec.nodeName, hi.status.nominatedNodeName], [undefined, 'w-1'], 'hi waits, nominated');
  },
};
