// Faults: a node that no pool makes (with custom pools there is no node-1), `for` must be positive,
// is forbidden with deleteNode and required with controllerDown; controllerDown is case-sensitive;
// evictPod is NAME or NAMESPACE/NAME; an RFC 3339 `at` must not be before spec.start.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1h, nodeDown: node-1, for: 5m}
  - {at: 1h, nodeDown: w-1, for: 0s}
  - {at: 1h, deleteNode: w-2, for: 5m}
  - {at: 1h, controllerDown: Job}
  - {at: 1h, evictPod: a/b/c}
  - {at: "2025-12-31T23:00:00Z", nodeDown: w-1}
  - {at: 1h, nodeDown: w-3}
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/fault-errors',
  source: 'CONTRACT.md §2 faults (nodeDown: worker-1 of pool worker; controllerDown cronjob | job | all); README faults (deleteNode, evictPod NAMESPACE/NAME)',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      `${at(9, 'nodeDown')}: Simulation f: spec.faults[0].nodeDown: nodes "node-1" not found`,
      `${at(10, 'for')}: Simulation f: spec.faults[1].for: Invalid value: "0s": must be greater than 0`,
      `${at(11, 'for')}: Simulation f: spec.faults[2].for: Forbidden: may not be set with deleteNode`,
      `${at(12, '{')}: Simulation f: spec.faults[3].for: Required value: how long the controller is down`,
      `${at(12, 'controllerDown')}: Simulation f: spec.faults[3].controllerDown: Unsupported value: "Job": supported values: "job", "cronjob", "all"`,
      `${at(13, 'evictPod')}: Simulation f: spec.faults[4].evictPod: Invalid value: "a/b/c": must be NAMESPACE/NAME or NAME`,
      `${at(14, 'at')}: Simulation f: spec.faults[5].at: Invalid value: "2025-12-31T23:00:00Z": must not be before spec.start`,
      `${at(15, 'nodeDown')}: Simulation f: spec.faults[6].nodeDown: nodes "w-3" not found`,
    ], 'fault problems');
  },
};
