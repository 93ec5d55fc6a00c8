// With objects in several namespaces the tables are `kubectl get -A`'s: a NAMESPACE column first; with a single
// non-default namespace, `-n NS` and no NAMESPACE column.
import { runText, tableOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: a, namespace: team-a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const single = `
apiVersion: batch/v1
kind: Job
metadata: {name: a, namespace: team-a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/namespaces-column',
  source: 'kubectl get -A (printers WithNamespace: NAMESPACE column first); pkg/printers/internalversion printJob/printPod',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '1m']);
    h.assert(out.includes('$ kubectl get cronjobs,jobs,pods -A -o wide'), 'command line shows -A');
    const jt = tableOf(out, 'job.batch');
    h.eq(jt.header.slice(0, 3), ['NAMESPACE', 'NAME', 'STATUS'], 'job header with NAMESPACE');
    h.eq(jt.rows.map((x) => [x.NAMESPACE, x.NAME, x.STATUS]), [['default', 'job.batch/b', 'Complete'], ['team-a', 'job.batch/a', 'Complete']], 'job rows sorted by namespace');
    const pt = tableOf(out, 'pod');
    h.eq(pt.rows.map((x) => x.NAMESPACE), ['default', 'team-a'], 'pod namespaces');
    const one = runText(single, ['--duration', '1m']);
    h.assert(one.includes('$ kubectl get cronjobs,jobs,pods -n team-a -o wide'), 'command line shows -n team-a');
    h.eq(tableOf(one, 'job.batch').header[0], 'NAME', 'no NAMESPACE column for one namespace');
  },
};
