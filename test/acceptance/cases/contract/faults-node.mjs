// Contract §2 faults: nodeDown on a pool node (worker-1..worker-N) with and without `for` (omitted: for
// good, README), deleteNode (README): the deleted Node stays in items with its deletionTimestamp; a
// node back after `for` posts Ready=True again; faults naming a pod that does not exist warn on stderr
// and the run still exits 0 (checked by spawning the CLI).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fn}
spec:
  duration: 2h
  cluster:
    nodePools:
    - {name: worker, count: 3, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 1m, nodeDown: worker-1}
  - {at: 5m, deleteNode: worker-2}
  - {at: 10m, nodeDown: worker-3, for: 30m}
  - {at: 20m, evictPod: default/nope-12345}
`;
export default {
  id: 'contract/faults-node',
  source: 'CONTRACT.md §2 faults (nodeDown ... for), README faults (omit for: for good; deleteNode; a fault naming a missing object warns on stderr); node_lifecycle_controller.go (RemovingNode, NodeNotReady)',
  scenario,
  check(r, h) {
    h.eq(h.of('Node').map((n) => n.metadata.name), ['worker-1', 'worker-2', 'worker-3'], 'pool nodes');
    const ready = (n) => n.status.conditions.find((c) => c.type === 'Ready');
    const w1 = h.get('Node', 'worker-1');
    h.eq(ready(w1).status, 'Unknown', 'worker-1 down for good');
    h.eq(h.sec(h.get('Node', 'worker-2').metadata.deletionTimestamp), 300, 'worker-2 deleted at 5m, still in items');
    const w3 = h.get('Node', 'worker-3');
    h.eq([ready(w3).status, h.sec(ready(w3).lastTransitionTime)], ['True', 2400], 'worker-3 back at 40m');
    const nr = h.events({ reason: 'NodeNotReady' }).map((e) => e.involvedObject.name);
    h.eq(nr, ['worker-1', 'worker-3'], 'NodeNotReady events');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => e.message), ['Node worker-2 event: Removing Node worker-2 from Controller'], 'RemovingNode');
    const dir = mkdtempSync(join(tmpdir(), 'fn-'));
    const f = join(dir, 'fn.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit 0 despite the warning');
    h.assert(/warning/i.test(p.stderr) && p.stderr.includes('nope-12345'), `warning on stderr: ${p.stderr}`);
  },
};
