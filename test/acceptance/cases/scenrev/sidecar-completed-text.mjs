// scenarios/sidecar.yaml at the end: every pod READY 0/2, STATUS Completed, although its sidecar ended with exit
// 143 (kubectl's init-container loop would say Init:Error, but the pod's Initialized condition is True, so the
// regular container's terminated reason, Completed, decides).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/sidecar.yaml'), 'utf8');
export default {
  id: 'scenrev/sidecar-completed-text',
  source: 'kubernetes pkg/printers/internalversion/printers.go printPod (init loop: a terminated non-zero init container sets "Init:"+Reason and initializing; `if !initializing || isPodInitializedConditionTrue(&pod.Status)` the regular containers\' reason wins; totalContainers counts restartable init containers)',
  scenario,
  check(r, h) {
    h.eq(h.podsOf('transcode').map((p) => (p.status.initContainerStatuses.find((c) => c.name === 'log-shipper').state.terminated ?? {}).exitCode), [143, 143, 143, 143, 143], 'every sidecar ended with 143');
    const out = runText(scenario);
    const rows = tableOf(out, 'pod').rows;
    h.eq(rows.length, 5, 'five pods listed');
    h.eq([...new Set(rows.map((p) => `${p.READY} ${p.STATUS} ${p.RESTARTS}`))], ['0/2 Completed 0'], 'pod rows');
  },
};
