// scenarios/graceful-shutdown.yaml: both pods are deleted at +60s with the default 30s grace period (Killing
// "Stopping container worker"); polite handles SIGTERM and exits 143 at +65s, deaf ignores it and is SIGKILLed
// when the grace period ends, exit 137 at +90s; the deletion records deletionGracePeriodSeconds 30.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/gs-sigterm-exit-codes',
  source: 'kubernetes pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer (gracePeriod from pod.DeletionGracePeriodSeconds, Killing "Stopping container %s", runtime StopContainer(timeout): SIGTERM then SIGKILL); pkg/registry/core/pod/strategy.go CheckGracefulDelete (default terminationGracePeriodSeconds 30)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/graceful-shutdown.yaml'), 'utf8'),
  check(r, h) {
    const row = (job) => {
      const [p] = h.podsOf(job);
      const t = p.status.containerStatuses[0].state.terminated;
      const kill = h.events({ reason: 'Killing', name: p.metadata.name });
      return [p.status.phase, t.exitCode, h.sec(t.finishedAt), p.metadata.deletionGracePeriodSeconds, h.sec(p.metadata.deletionTimestamp),
        kill.map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath, e.source.component])];
    };
    h.eq(row('polite'), ['Failed', 143, 65, 30, 90, [[60, 'Stopping container worker', 'spec.containers{worker}', 'kubelet']]], 'polite pod');
    h.eq(row('deaf'), ['Failed', 137, 90, 30, 90, [[60, 'Stopping container worker', 'spec.containers{worker}', 'kubelet']]], 'deaf pod');
  },
};
