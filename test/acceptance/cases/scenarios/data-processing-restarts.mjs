// scenarios/data-processing.yaml (the seed tutorial's Job, OnFailure, 40s attempts exiting 1,1,0): restarts in
// place at +40s (no back-off on the first crash) and +90s (10s back-off after the second, BackOff event at +80s),
// restartCount 2, lastState exit 1 finished +80s, one pod, Complete at +131s; kubectl RESTARTS "2 (52s ago)".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
export default {
  id: 'scenarios/data-processing-restarts',
  source: 'scenarios/data-processing.yaml comment; kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff + client-go flowcontrol.Backoff IsInBackOffSince; pkg/printers/internalversion/printers.go printPod restarts "(X ago)"',
  scenario: readFileSync(join(process.cwd(), 'scenarios/data-processing.yaml'), 'utf8'),
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0], cs = p.status.containerStatuses[0];
    h.eq(cs.restartCount, 2, 'restartCount');
    h.eq([cs.lastState.terminated.exitCode, h.sec(cs.lastState.terminated.startedAt), h.sec(cs.lastState.terminated.finishedAt)], [1, 40, 80], 'lastState');
    h.eq([cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [0, 90, 130], 'state');
    h.eq(h.events({ name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 40, 90], 'Started');
    h.eq(h.events({ name: p.metadata.name, reason: 'BackOff' }).map((e) => [e.type, h.sec(e.firstTimestamp), e.message]), [['Warning', 80, `Back-off restarting failed container data-processor in pod ${p.metadata.name}_default(${p.metadata.uid})`]], 'BackOff');
    const j = h.job('data-processing-job');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [1, 0, 131], 'job status');
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'scenarios/data-processing.yaml'], { encoding: 'utf8' }).stdout;
    h.assert(new RegExp(`^pod/${p.metadata.name}\\s+0/1\\s+Completed\\s+2 \\(52s ago\\)\\s+2m12s\\s`, 'm').test(out), 'kubectl pod row');
  },
};
