// scenarios/node-failure.yaml: worker-2 partitioned at +5m for 30m. NodeNotReady at +5m45s (node and its two
// pods), TaintManagerEviction at +10m50s with DisruptionTarget DeletionByTaintManager, replacements at +10m51s,
// SuccessCriteriaMet +30m52s, NodeReady +35m (kubelet), Complete +35m01s: succeeded 6, failed 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/node-failure-eviction',
  source: 'scenarios/node-failure.yaml comment; kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go (nodeMonitorGracePeriod 50s, MarkPodsNotReady "Node is not ready"); pkg/controller/tainteviction/taint_eviction.go (Marking for deletion Pod %s, DeletionByTaintManager); job_controller.go isPodFailed',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-failure.yaml'), 'utf8'),
  check(r, h) {
    const victims = h.podsOf('transcode').filter((p) => p.spec.nodeName === 'worker-2').map((p) => p.metadata.name).sort();
    h.eq(victims, ['transcode-n5hls', 'transcode-rwjzp'], 'pods on worker-2');
    h.eq(h.events({ reason: 'NodeNotReady' }).map((e) => [e.involvedObject.kind, e.type, e.source.component, h.sec(e.firstTimestamp), e.message]).sort(), [
      ['Node', 'Normal', 'node-controller', 345, 'Node worker-2 status is now: NodeNotReady'],
      ['Pod', 'Warning', 'node-controller', 345, 'Node is not ready'],
      ['Pod', 'Warning', 'node-controller', 345, 'Node is not ready'],
    ], 'NodeNotReady');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]).sort(), victims.map((v) => [650, `Marking for deletion Pod default/${v}`]), 'evictions');
    for (const v of victims) {
      const p = h.get('Pod', v);
      const dt = h.anyCond(p, 'DisruptionTarget');
      h.eq([dt.status, dt.reason, dt.message, h.sec(dt.lastTransitionTime)], ['True', 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint', 650], `${v} DisruptionTarget`);
      h.eq(h.sec(p.metadata.deletionTimestamp), 680, `${v} deletionTimestamp`);
      h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], ['Succeeded', 0, 1200], `${v} final status`);
    }
    const repl = h.podsOf('transcode').filter((p) => h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(repl.map((p) => h.sec(p.metadata.creationTimestamp)), [651, 651], 'replacements');
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [h.sec(e.firstTimestamp), e.source.component, e.message]), [[2100, 'kubelet', 'Node worker-2 status is now: NodeReady']], 'NodeReady');
    const j = h.job('transcode');
    h.eq(j.status.conditions.map((c) => [c.type, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 1852], ['Complete', 2101]], 'conditions');
    h.eq([j.status.succeeded, j.status.failed, j.status.terminating], [6, 2, 0], 'counts');
  },
};
