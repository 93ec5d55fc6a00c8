// printPod for finished pods: READY counts only ready running containers (0/N), STATUS is the terminated
// container's reason (kubelet: "Completed" for exit 0, "Error" otherwise), RESTARTS 0; wide: IP <none>, NODE
// spec.nodeName, NOMINATED NODE and READINESS GATES <none>.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      containers: [{name: a, image: busybox}, {name: b, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "3"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-completed-error',
  source: 'pkg/printers/internalversion/printers.go printPod (terminated Reason overrides the phase); TestPrintPod / TestPrintPodwide',
  args: ['--duration', '3m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '3m']), 'pod');
    h.eq(t.header, ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'], 'pod header');
    const ok = h.podsOf('ok')[0], bad = h.podsOf('bad')[0];
    h.eq(rowOf(t, `pod/${ok.metadata.name}`), { NAME: `pod/${ok.metadata.name}`, READY: '0/2', STATUS: 'Completed', RESTARTS: '0', AGE: '3m', IP: '<none>', NODE: ok.spec.nodeName, 'NOMINATED NODE': '<none>', 'READINESS GATES': '<none>' }, 'ok pod row');
    h.eq(rowOf(t, `pod/${bad.metadata.name}`), { NAME: `pod/${bad.metadata.name}`, READY: '0/1', STATUS: 'Error', RESTARTS: '0', AGE: '3m', IP: '<none>', NODE: bad.spec.nodeName, 'NOMINATED NODE': '<none>', 'READINESS GATES': '<none>' }, 'bad pod row');
  },
};
