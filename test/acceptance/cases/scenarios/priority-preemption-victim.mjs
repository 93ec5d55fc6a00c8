// scenarios/priority-preemption.yaml: at +5m hotfix-reindex (priority 100000) does not fit; DefaultPreemption
// picks one batch-low victim on worker-1: DisruptionTarget PreemptionByScheduler, Preempted event naming the
// preemptor's uid, graceful deletion (Killing, exit 143); the urgent pod is nominated to worker-1 and bound at
// +5m (popped from the backoff queue by the idle scheduler); the backfill replacement at +5m10s finds no
// victims, is bound at +8m; Complete +8m01s and +48m02s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/priority-preemption-victim',
  source: 'scenarios/priority-preemption.yaml comment; kubernetes pkg/scheduler/framework/preemption/preemption.go prepareCandidate (Preempted "Preempted by pod %v on node %v", DisruptionTarget PreemptionByScheduler "%v: preempting to accommodate a higher priority pod")',
  scenario: readFileSync(join(process.cwd(), 'scenarios/priority-preemption.yaml'), 'utf8'),
  check(r, h) {
    const hot = h.podsOf('hotfix-reindex')[0];
    const pre = h.events({ reason: 'Preempted' });
    h.eq(pre.length, 1, 'one victim');
    const victim = h.get('Pod', pre[0].involvedObject.name);
    h.eq([pre[0].message, h.sec(pre[0].firstTimestamp), pre[0].source.component], [`Preempted by pod ${hot.metadata.uid} on node worker-1`, 300, 'default-scheduler'], 'Preempted event');
    const dt = h.anyCond(victim, 'DisruptionTarget');
    h.eq([victim.spec.nodeName, victim.spec.priority, dt.reason, dt.message, h.sec(dt.lastTransitionTime), h.exitCodeOf(victim), h.sec(victim.metadata.deletionTimestamp)], ['worker-1', 1000, 'PreemptionByScheduler', 'default-scheduler: preempting to accommodate a higher priority pod', 300, 143, 330], 'victim');
    h.eq([hot.spec.priority, hot.spec.nodeName, hot.status.nominatedNodeName], [100000, 'worker-1', 'worker-1'], 'urgent pod');
    h.eq(h.events({ name: hot.metadata.name }).filter((e) => e.source.component === 'default-scheduler').map((e) => [e.reason, h.sec(e.firstTimestamp), e.message]), [
      ['FailedScheduling', 300, '0/2 nodes are available: 2 Insufficient cpu.'],
      ['Scheduled', 300, `Successfully assigned default/${hot.metadata.name} to worker-1`],
    ], 'urgent pod scheduling');
    const repl = h.podsOf('backfill').find((p) => h.sec(p.metadata.creationTimestamp) === 310);
    h.assert(repl, 'replacement at +5m10s');
    h.eq(h.events({ name: repl.metadata.name }).filter((e) => e.source.component === 'default-scheduler').map((e) => [e.reason, h.sec(e.firstTimestamp), e.message]), [
      ['FailedScheduling', 310, '0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.'],
      ['Scheduled', 480, `Successfully assigned default/${repl.metadata.name} to worker-1`],
    ], 'replacement scheduling');
    h.eq([h.sec(h.job('hotfix-reindex').status.completionTime), h.sec(h.job('backfill').status.completionTime), h.job('backfill').status.failed], [481, 2882, 1], 'completion');
  },
};
