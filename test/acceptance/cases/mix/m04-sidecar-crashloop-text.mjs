// OnFailure with a sidecar, main exits 1 (20s runs): restart at 20s (no back-off), exit at 40s, then
// a 10s back-off. At 45s kubectl shows READY 1/2 (the sidecar stays ready), STATUS CrashLoopBackOff,
// RESTARTS "1 (5s ago)" (lastState finishedAt 40s).
import { text, row } from './text.cjs';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20s", jobsim/exit-codes: "1,1,1,0"}}
    spec:
      restartPolicy: OnFailure
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
      containers: [{name: main, image: busybox:1.36}]
`;
export default {
  id: 'mix/sidecar-crashloop-text',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (restartable init containers counted in READY; waiting reason of the regular container); pkg/kubelet/kuberuntime doBackOff',
  scenario,
  args: ['--duration', '45s'],
  check(r, h) {
    const c = row(text(scenario, ['--duration', '45s']), 'pod/' + h.podsOf('j')[0].metadata.name);
    h.eq(c.slice(1, 4), ['1/2', 'CrashLoopBackOff', '1 (5s ago)'], 'READY/STATUS/RESTARTS');
    const p = h.podsOf('j')[0];
    h.eq(p.status.initContainerStatuses[0].state.running !== undefined, true, 'sidecar running');
    h.eq(h.anyCond(p, 'Ready').message, 'containers with unready status: [main]', 'Ready message');
    h.eq(h.job('j').status.ready, 0, 'job ready');
  },
};
