// kubectl get lists what the API server returns: objects in etcd key order, i.e. names compared byte by byte
// ("-" 0x2d < "." 0x2e < digits < letters), so a, a-1, a.1, a1, b; pods the same (pod/a-1-xxxxx before pod/a-xxxxx).
import { runText, tableOf } from '../../text-tables.mjs';

const job = (name) => `
---
apiVersion: batch/v1
kind: Job
metadata: {name: "${name}"}
spec:
  template:
    spec:
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
const scenario = ['b', 'a1', 'a.1', 'a', 'a-1'].map(job).join('');
const byteSort = (xs) => [...xs].sort((x, y) => (Buffer.compare(Buffer.from(x), Buffer.from(y))));
export default {
  id: 'printers2/name-sort-byte-order',
  source: 'apiserver list order (etcd3 store keys /registry/jobs/<ns>/<name>, byte order); kubectl get prints the list in order',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '1m']);
    h.eq(tableOf(out, 'job.batch').rows.map((x) => x.NAME), ['job.batch/a', 'job.batch/a-1', 'job.batch/a.1', 'job.batch/a1', 'job.batch/b'], 'job order');
    const pods = tableOf(out, 'pod').rows.map((x) => x.NAME);
    h.eq(pods, byteSort(pods), 'pod names in byte order');
    h.eq(pods.length, 5, 'five pods');
  },
};
