// Two 2-cpu preemptors of one Job on a 4-cpu node holding two priority-0 pods (SIGTERM ignored, 30s).
// The first preempts only the later-started low-b; the second sees the first's nominated room taken,
// so it needs both low pods gone: low-b is already terminating (no second API call, no second event)
// and low-a is preempted for it. Both preemptors are nominated to w-1 and bind when the victims are
// killed at +90s.
export default {
  id: 'preempt2/two-preemptors-share-node',
  source: 'default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods counts the other nominated preemptor of equal priority; reprieve by MoreImportantPod); preemption.go prepareCandidateAsync (victim with DeletionTimestamp: no API call) and PreemptPod (one Preempted event per victim deleted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: low-b }, spec: { backoffLimit: 0, template: { metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { completions: 2, parallelism: 2, template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: low-a }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const a = h.podsOf('low-a')[0];
    const b = h.podsOf('low-b')[0];
    const his = h.podsOf('hi');
    const uids = his.map((p) => p.metadata.uid);
    const ev = h.events({ reason: 'Preempted' });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[60, b.metadata.name], [60, a.metadata.name]], 'low-b first, then low-a, once each');
    const by = ev.map((e) => /^Preempted by pod (\S+) on node w-1$/.exec(e.message)?.[1]);
    h.assert(by.every((u) => uids.includes(u)) && by[0] !== by[1], `each victim names a different preemptor: ${JSON.stringify(ev.map((e) => e.message))}`);
    h.eq([a, b].map((p) => h.sec(p.metadata.deletionTimestamp)), [90, 90], 'both deleted with 30s grace at +60s');
    h.eq(his.map((p) => [p.spec.nodeName, p.status.nominatedNodeName]), [['w-1', 'w-1'], ['w-1', 'w-1']], 'both nominated and bound to w-1');
    h.eq(his.map((p) => h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp))), [[90], [90]], 'both bound at +90s');
  },
};
