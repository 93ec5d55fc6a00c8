// scenarios/sidecar.yaml as kubectl shows it at +1m: the two running pods READY 2/2 (the restartable init
// container log-shipper counts, the ordinary init container fetch does not), the unschedulable one 0/2 Pending;
// the Job's CONTAINERS/IMAGES list only the regular container.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runText, tableOf } from '../../text-tables.mjs';
const scenario = readFileSync(join(process.cwd(), 'scenarios/sidecar.yaml'), 'utf8');
export default {
  id: 'scenrev/sidecar-ready-columns',
  source: 'kubernetes pkg/printers/internalversion/printers.go printPod (totalContainers += 1 per restartable init container; a started sidecar adds to READY when ready) and printJob (layoutContainerCells(Spec.Template.Spec.Containers))',
  scenario,
  args: ['--duration', '1m'],
  check(r, h) {
    const out = runText(scenario, ['--duration', '1m']);
    const pods = tableOf(out, 'pod').rows.map((p) => [p.READY, p.STATUS, p.RESTARTS]).sort();
    h.eq(pods, [['0/2', 'Pending', '0'], ['2/2', 'Running', '0'], ['2/2', 'Running', '0']], 'pod rows');
    const j = tableOf(out, 'job.batch').rows[0];
    h.eq([j.STATUS, j.COMPLETIONS, j.CONTAINERS, j.IMAGES], ['Running', '0/5', 'transcode', 'jrottenberg/ffmpeg:6.1'], 'job row');
  },
};
