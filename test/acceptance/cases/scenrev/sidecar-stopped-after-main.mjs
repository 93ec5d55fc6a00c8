// scenarios/sidecar.yaml: when transcode ends (+3m, exit 0) the kubelet stops the sidecar log-shipper (Killing
// "Stopping container log-shipper" on spec.initContainers{log-shipper}); it exits 143, yet the pod is Succeeded
// (the phase comes from the regular containers); fetch stays terminated Completed and ready.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/sidecar-stopped-after-main',
  source: 'kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (all regular containers done under restartPolicy Never: kill the pod, sidecars included), kuberuntime_container.go killContainer (Killing "Stopping container %s"); pkg/kubelet/kubelet_pods.go getPhase (restartable init containers ignored); pkg/kubelet/prober/prober_manager.go UpdatePodStatus (init container terminated with 0 is Ready)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/sidecar.yaml'), 'utf8'),
  check(r, h) {
    const first = h.podsOf('transcode').filter((p) => h.sec(p.metadata.creationTimestamp) === 0 && h.sec(p.status.startTime) === 0);
    h.eq(first.length, 2, 'two pods started at +0s');
    for (const p of first) {
      const init = Object.fromEntries(p.status.initContainerStatuses.map((c) => [c.name, c]));
      const main = p.status.containerStatuses[0];
      h.eq([p.status.phase, main.state.terminated.exitCode, main.state.terminated.reason, h.sec(main.state.terminated.finishedAt)], ['Succeeded', 0, 'Completed', 180], `${p.metadata.name} main`);
      h.eq([init['log-shipper'].state.terminated?.exitCode, h.sec(init['log-shipper'].state.terminated?.finishedAt), init['log-shipper'].ready, init['log-shipper'].started], [143, 180, false, false], `${p.metadata.name} sidecar`);
      h.eq([init.fetch.state.terminated?.exitCode, init.fetch.state.terminated?.reason, init.fetch.ready], [0, 'Completed', true], `${p.metadata.name} fetch`);
      h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath]),
        [[180, 'Stopping container log-shipper', 'spec.initContainers{log-shipper}']], `${p.metadata.name} Killing`);
    }
  },
};
