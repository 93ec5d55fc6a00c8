// scenarios/restart-rules.yaml: exit 42 matches the container's restartPolicyRules (Restart), so the kubelet
// restarts it in the same pod: at once at +2m (first restart, no back-off), after a 10s back-off at +4m10s
// (Warning BackOff at +4m); exit 0 at +6m10s: pod Succeeded with restartCount 2, the Job Complete at +6m11s,
// one pod, status.failed 0 despite backoffLimit 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/rr-restart-in-place',
  source: 'kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions / doBackOff (ContainerRestartRules, 1.35 beta: a matching Restart rule restarts the container in place; client-go flowcontrol.Backoff: none before the first restart, then 10s); pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (restarts count only under restartPolicy OnFailure)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/restart-rules.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('train');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated?.exitCode, h.sec(cs.state.terminated?.startedAt), h.sec(cs.state.terminated?.finishedAt), cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.finishedAt)],
      ['Succeeded', 2, 0, 250, 370, 42, 240], 'container status');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 120, 250], 'Started');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => [e.type, h.sec(e.firstTimestamp), e.message]),
      [['Warning', 240, `Back-off restarting failed container trainer in pod ${p.metadata.name}_default(${p.metadata.uid})`]], 'BackOff');
    const j = h.job('train');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [1, 0, 371], 'Job');
  },
};
