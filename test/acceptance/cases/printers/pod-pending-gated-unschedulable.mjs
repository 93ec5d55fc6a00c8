// Pods that never reached a node: an unschedulable one (cpu 50 on 4-cpu nodes) shows its phase, Pending; one
// held by a scheduling gate shows SchedulingGated (the PodScheduled condition's reason); NODE <none>, READY 0/1.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: huge}
spec:
  template:
    spec:
      containers: [{name: main, image: busybox:1.36, resources: {requests: {cpu: "50"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: gated}
spec:
  template:
    spec:
      schedulingGates: [{name: example.com/gate}]
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-pending-gated-unschedulable',
  source: 'pkg/printers/internalversion/printers.go printPod (reason = phase; PodScheduled/SchedulingGated); TestPrintPod SchedulingGated row',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '10m']), 'pod');
    const huge = h.podsOf('huge')[0], gated = h.podsOf('gated')[0];
    const cells = (p) => { const x = rowOf(t, `pod/${p.metadata.name}`); return [x.READY, x.STATUS, x.RESTARTS, x.AGE, x.NODE, x['NOMINATED NODE']]; };
    h.eq(cells(huge), ['0/1', 'Pending', '0', '10m', '<none>', '<none>'], 'huge pod row');
    h.eq(cells(gated), ['0/1', 'SchedulingGated', '0', '10m', '<none>', '<none>'], 'gated pod row');
    h.eq(rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'job.batch'), 'job.batch/huge').STATUS, 'Running', 'a Job whose pod is Pending is Running');
  },
};
