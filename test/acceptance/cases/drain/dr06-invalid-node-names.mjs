// cordonNode and drainNode name a node of a pool, like the other node faults; every problem is listed at once.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bad}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, cordonNode: w-3}
  - {at: 1m, drainNode: ""}
  - {at: 1m, drainNode: w-1, cordonNode: w-2}
`;
export default {
  id: 'drain/dr06-invalid-node-names',
  source: 'README scenario format (faults cordonNode, drainNode); project bar (every problem at once, exit 2)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [
      'Simulation bad: spec.faults[0].cordonNode: nodes "w-3" not found',
      'Simulation bad: spec.faults[1].drainNode: Required value',
      'Simulation bad: spec.faults[2]: Invalid value: "object": must have exactly one of nodeDown, controllerDown, deleteNode, evictPod, cordonNode, drainNode',
    ], 'problems');
  },
};
