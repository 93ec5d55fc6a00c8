// The kubelet admits pods created with spec.nodeName one at a time, in the order it sees them, each against the
// pods it admitted before (HandlePodAdditions: podManager.AddPod, then canAdmitPod(filterOutInactivePods(...))).
// "first" is created before "second": when it is admitted no other pod is known, so the pods check passes and its
// 2Gi request fails the memory check: STATUS OutOfmemory (used: 0). "second" is then admitted and Running.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: arrival}
spec:
  cluster:
    nodePools:
      - {name: w, count: 1, capacity: {cpu: "4", memory: 1Gi, pods: 1}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: first}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: w-1
      containers: [{name: main, image: busybox:1.36, resources: {requests: {memory: 2Gi}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: second}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeName: w-1
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/pod-kubelet-admission-arrival-order',
  source: 'pkg/kubelet/kubelet.go HandlePodAdditions (admits each pod against the pods admitted before it); pkg/kubelet/lifecycle/predicate.go (InsufficientResourceError -> "OutOf<resource>"); printers.go printPod (pod.Status.Reason)',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    const first = h.podsOf('first')[0], second = h.podsOf('second')[0];
    h.assert(Date.parse(first.metadata.creationTimestamp) <= Date.parse(second.metadata.creationTimestamp), 'first created first');
    h.eq([first.status.phase, first.status.reason, first.status.message], ['Failed', 'OutOfmemory', 'Pod was rejected: Node didn\'t have enough resource: memory, requested: 2147483648, used: 0, capacity: 1073741824'], 'first pod status');
    const t = tableOf(runText(scenario, ['--duration', '2m']), 'pod');
    const a = rowOf(t, `pod/${first.metadata.name}`), b = rowOf(t, `pod/${second.metadata.name}`);
    h.eq([a.READY, a.STATUS, a.NODE], ['0/1', 'OutOfmemory', 'w-1'], 'first pod row');
    h.eq([b.READY, b.STATUS, b.NODE], ['1/1', 'Running', 'w-1'], 'second pod row');
  },
};
