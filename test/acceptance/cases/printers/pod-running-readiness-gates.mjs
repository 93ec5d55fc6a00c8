// A running pod with two ready containers: READY 2/2, STATUS Running; READINESS GATES (wide) counts the gates
// whose pod condition is True: none is ever set, so "0/2".
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: gates}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      readinessGates: [{conditionType: example.com/ready}, {conditionType: example.com/other}]
      containers: [{name: c, image: busybox:1.36}, {name: d, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-running-readiness-gates',
  source: 'pkg/printers/internalversion/printers.go printPod (readyContainers, readinessGates "%d/%d"); TestPrintPodwide',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('gates')[0];
    const row = rowOf(tableOf(runText(scenario, ['--duration', '10m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS, row.AGE, row.NODE, row['READINESS GATES']], ['2/2', 'Running', '0', '10m', pod.spec.nodeName, '0/2'], 'gates pod row');
  },
};
