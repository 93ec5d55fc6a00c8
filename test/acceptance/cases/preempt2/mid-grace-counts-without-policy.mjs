// Without a podFailurePolicy (podReplacementPolicy TerminatingOrFailed), a run cut while the preempted
// pod still ignores SIGTERM (+75s) shows it both failed and terminating: status failed 1, terminating 1,
// and its replacement (+70s) active but Pending behind the preemptor's nomination, which it cannot
// preempt (equal priority on the node).
export default {
  id: 'preempt2/mid-grace-counts-without-policy',
  source: 'pkg/controller/job/job_controller.go isPodFailed (DeletionTimestamp != nil && phase != Succeeded) and CountTerminatingPods; default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod"); framework/runtime RunFilterPluginsWithNominatedPods (hi nominated, priority >= counted)',
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
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const j = h.job('low');
    h.eq(j.spec.podReplacementPolicy, 'TerminatingOrFailed', 'defaulted podReplacementPolicy');
    const [v, repl] = h.podsOf('low');
    h.eq([h.sec(v.metadata.deletionTimestamp), v.status.phase], [90, 'Running'], 'victim terminating');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName], [70, undefined], 'replacement at +70s, pending');
    h.eq(h.events({ reason: 'FailedScheduling', name: repl.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[70, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'replacement FailedScheduling');
    h.eq([j.status.active, j.status.ready, j.status.terminating, j.status.failed], [1, 0, 1, 1], '[active, ready, terminating, failed]');
  },
};
