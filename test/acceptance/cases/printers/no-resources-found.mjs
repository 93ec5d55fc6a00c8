// When nothing is left at the end (the Job and its pod removed by ttlSecondsAfterFinished: 0), the listing is
// kubectl's "No resources found in default namespace."
import { runText, tableOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: gone}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/no-resources-found',
  source: 'kubectl get (printers: "No resources found in %s namespace."); TTL-after-finished controller',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '2m']);
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.startsWith('$ kubectl get cronjobs,jobs,pods'));
    h.eq(lines[i + 1], 'No resources found in default namespace.', 'line after the command');
    h.eq(tableOf(out, 'job.batch').rows.length, 0, 'no job table');
  },
};
