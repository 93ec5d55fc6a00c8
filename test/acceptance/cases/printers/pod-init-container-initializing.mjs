// A pod with one init container, while its images are pulled: the kubelet's default waiting state for every
// container of a pod with init containers is PodInitializing (convertToAPIContainerStatuses, hasInitContainers),
// and printPod shows an init container waiting with PodInitializing as "Init:<i>/<n>": STATUS Init:0/1.
// After the run, the pod is Completed like any other.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: init}
spec:
  latencies: {imagePull: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: init}
spec:
  template:
    spec:
      initContainers: [{name: setup, image: busybox:1.36}]
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-init-container-initializing',
  source: 'pkg/printers/internalversion/printers.go printPod (init container loop: default case "Init:%d/%d"); pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (PodInitializing default when the pod has init containers)',
  args: ['--duration', '15s'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('init')[0];
    const row = rowOf(tableOf(runText(scenario, ['--duration', '15s']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([row.READY, row.STATUS, row.RESTARTS], ['0/1', 'Init:0/1', '0'], 'pod row while pulling');
    const done = rowOf(tableOf(runText(scenario, ['--duration', '5m']), 'pod'), `pod/${pod.metadata.name}`);
    h.eq([done.READY, done.STATUS], ['0/1', 'Completed'], 'pod row after the run');
  },
};
