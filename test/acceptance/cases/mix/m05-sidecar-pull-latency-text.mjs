// Pull latency 4s, start 1s; a plain init container and a sidecar. While images are pulled the pod
// is Init:0/2 with READY 0/2; at 5s the containers start (2/2 Running); main runs 20s, the sidecar
// is stopped at 25s; Job complete at 26s.
import { text, row } from './text.cjs';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s6}
spec:
  latencies: {imagePull: 4s, containerStart: 1s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      restartPolicy: Never
      initContainers:
      - {name: fetch, image: busybox:1.36}
      - {name: proxy, image: envoy:1.30, restartPolicy: Always}
      containers: [{name: main, image: app:1}]
`;
export default {
  id: 'mix/sidecar-pull-latency-text',
  source: 'kubectl printers.go printPod (Init:%d/%d for an init container waiting PodInitializing); pkg/kubelet/kuberuntime computePodActions',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const name = 'pod/' + p.metadata.name;
    h.eq(row(text(scenario, ['--duration', '2s']), name).slice(1, 3), ['0/2', 'Init:0/2'], 'at 2s');
    h.eq(row(text(scenario, ['--duration', '10s']), name).slice(1, 3), ['2/2', 'Running'], 'at 10s');
    h.eq(h.sec(p.status.containerStatuses[0].state.terminated.startedAt), 5, 'main startedAt');
    h.eq(h.sec(p.status.initContainerStatuses[1].state.terminated.finishedAt), 25, 'proxy finishedAt');
    h.eq(h.sec(h.job('j').status.completionTime), 26, 'completion');
  },
};
