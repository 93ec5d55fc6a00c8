// AGE is translateTimestampSince(creationTimestamp) = duration.HumanDuration: seconds below 2m, m+s below
// 10m, minutes below 3h, h+m below 8h, hours below 48h, d+h below 8d, days below 2y, y+d below 8y, then years.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const want = {
  '119s': '119s', '120s': '2m', '9m59s': '9m59s', '10m': '10m', '179m59s': '179m', '3h': '3h', '7h59m59s': '7h59m',
  '8h': '8h', '47h59m': '47h', '48h': '2d', '191h': '7d23h', '192h': '8d', '729d': '729d', '730d': '2y', '731d': '2y1d',
  '2919d': '7y364d', '2920d': '8y', '3700d': '10y',
};
export default {
  id: 'printers/age-human-duration',
  source: 'k8s.io/apimachinery/pkg/util/duration/duration.go HumanDuration; pkg/printers/internalversion/printers.go translateTimestampSince, printJob AGE',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    for (const [d, age] of Object.entries(want)) {
      const row = rowOf(tableOf(runText(scenario, ['--duration', d]), 'job.batch'), 'job.batch/s');
      h.eq(row.AGE, age, `AGE after ${d}`);
      h.eq(row.DURATION, '', `DURATION of a Job never started (no startTime), after ${d}`);
    }
  },
};
