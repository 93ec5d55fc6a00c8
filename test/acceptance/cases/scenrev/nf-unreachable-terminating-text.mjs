// scenarios/node-failure.yaml as kubectl shows it at +20m: the two pods evicted from unreachable worker-2 are
// READY 1/1 STATUS Terminating (the node controller only set their Ready condition False; the container statuses,
// which READY counts, are the kubelet's last report), while the Job counts them failed 2 and terminating 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/node-failure.yaml'), 'utf8');
export default {
  id: 'scenrev/nf-unreachable-terminating-text',
  source: 'kubernetes pkg/controller/util/node/controller_utils.go MarkPodsNotReady (only the PodReady condition is set False); pkg/printers/internalversion/printers.go printPod (READY from containerStatuses[].ready; DeletionTimestamp on a non-terminal pod -> Terminating); pkg/controller/job/job_controller.go isPodFailed (TerminatingOrFailed: a deleted pod counts failed), countTerminatingPods',
  scenario,
  args: ['--duration', '20m'],
  check(r, h) {
    const onW2 = h.podsOf('transcode').filter((p) => p.spec.nodeName === 'worker-2');
    h.eq(onW2.map((p) => [p.status.phase, p.status.conditions.find((c) => c.type === 'Ready').status, p.status.containerStatuses[0].ready, h.sec(p.metadata.deletionTimestamp)]),
      [['Running', 'False', true, 680], ['Running', 'False', true, 680]], 'pods on worker-2 (JSON)');
    const out = runText(scenario, ['--duration', '20m']);
    const rows = tableOf(out, 'pod').rows.filter((p) => p.NODE === 'worker-2');
    h.eq(rows.map((p) => [p.READY, p.STATUS]), [['1/1', 'Terminating'], ['1/1', 'Terminating']], 'kubectl rows on worker-2');
    const s = h.job('transcode').status;
    h.eq([s.failed, s.terminating, s.succeeded ?? 0], [2, 2, 0], 'Job counters');
  },
};
