// An Eviction of a pod whose node stopped answering: the API sets deletionTimestamp, nobody confirms the kill, so it
// stays Terminating with READY 1/1 (its container status keeps ready; only the pod's Ready condition went False);
// the Job's replacement is created bound to the same dead node (template nodeName) and waits Pending, AGE from its
// creation. Pods the scheduler cannot place (cpu 50) with an init container, two containers and a readiness gate:
// READY 0/2 (init containers not counted), STATUS Pending, NODE <none>, READINESS GATES 0/1.
import { runText, tableOf, rowOf, humanDuration } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: evict}
spec:
  duration: 3m
  faults:
    - {at: 30s, nodeDown: node-1}
    - {at: 90s, evictPod: default/pinned-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pinned}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeName: node-1
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: huge}
spec:
  parallelism: 2
  template:
    spec:
      readinessGates: [{conditionType: x.com/y}]
      initContainers: [{name: i, image: busybox}]
      containers: [{name: a, image: busybox, resources: {requests: {cpu: "50"}}}, {name: b, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/pod-evicted-on-down-node',
  source: 'printers.go printPod (Terminating: DeletionTimestamp and non-terminal phase; ready running containers; readiness gates; init containers not in READY); Eviction API sets deletionTimestamp',
  scenario,
  check(r, h) {
    const pods = h.podsOf('pinned');
    h.eq(pods.length, 2, 'two pinned pods');
    const [old, repl] = pods;
    h.eq(old.metadata.name, 'pinned-bn7wn', 'the evicted pod is the first');
    const out = runText(scenario);
    const t = tableOf(out, 'pod');
    const o = rowOf(t, `pod/${old.metadata.name}`), n = rowOf(t, `pod/${repl.metadata.name}`);
    h.eq([o.READY, o.STATUS, o.RESTARTS, o.AGE, o.NODE], ['1/1', 'Terminating', '0', '3m', 'node-1'], 'evicted pod row');
    h.eq([n.READY, n.STATUS, n.AGE, n.NODE], ['0/1', 'Pending', humanDuration(Date.parse(r.spec.end) - Date.parse(repl.metadata.creationTimestamp)), 'node-1'], 'replacement row');
    for (const p of h.podsOf('huge')) {
      const x = rowOf(t, `pod/${p.metadata.name}`);
      h.eq([x.READY, x.STATUS, x.RESTARTS, x.NODE, x['NOMINATED NODE'], x['READINESS GATES']], ['0/2', 'Pending', '0', '<none>', '<none>', '0/1'], `${p.metadata.name} row`);
    }
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/huge');
    h.eq([j.STATUS, j.COMPLETIONS, j.CONTAINERS, j.IMAGES], ['Running', '0/1 of 2', 'a,b', 'busybox,busybox'], 'huge job row (init containers not in CONTAINERS)');
  },
};
