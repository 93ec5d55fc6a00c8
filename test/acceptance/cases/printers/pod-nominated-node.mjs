// The preemptor's NOMINATED NODE column (wide) is status.nominatedNodeName, set by DefaultPreemption; the
// scheduler of 1.33-1.34 leaves it after binding, so it still shows on the Completed pod.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: preempt}
spec:
  cluster:
    nodePools:
      - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
    - at: 1m
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: urgent}
        spec:
          template:
            metadata: {annotations: {jobsim/duration: "2m"}}
            spec:
              priorityClassName: high
              containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
              restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: filler}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-nominated-node',
  source: 'pkg/printers/internalversion/printers.go printPod wide (nominatedNodeName, "<none>" when empty)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const urgent = h.podsOf('urgent')[0];
    h.eq(urgent.status.nominatedNodeName, 'w-1', 'nominatedNodeName');
    const t = tableOf(runText(scenario, ['--duration', '5m']), 'pod');
    const u = rowOf(t, `pod/${urgent.metadata.name}`);
    h.eq([u.STATUS, u.NODE, u['NOMINATED NODE']], ['Completed', 'w-1', 'w-1'], 'urgent pod row');
    for (const p of t.rows.filter((x) => x.NAME.startsWith('pod/filler-'))) h.eq(p['NOMINATED NODE'], '<none>', `${p.NAME} NOMINATED NODE`);
  },
};
