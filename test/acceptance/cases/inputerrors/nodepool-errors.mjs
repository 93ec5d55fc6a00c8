// Node pools: name required, a DNS-1123 label, unique; capacity cpu/memory > 0, pods >= 0, quantities
// well-formed; count an int32. Every problem at its key.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pools}
spec:
  cluster:
    nodePools:
    - {name: Bad_Pool, count: 1}
    - {name: w, count: 1, capacity: {cpu: "0", memory: 16GiB, pods: -1}}
    - {name: w, count: 2147483648}
    - {count: 1}
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/nodepool-errors',
  source: 'CONTRACT.md §2 (cluster.nodePools name/count/capacity); apimachinery IsDNS1123Label message; field.Duplicate; OpenAPI int32 bound wording',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    const want = [
      `${at(7, 'name')}: Simulation pools: spec.cluster.nodePools[0].name: Invalid value: "Bad_Pool": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      `${at(8, 'cpu')}: Simulation pools: spec.cluster.nodePools[1].capacity.cpu: Invalid value: "0": must be greater than 0`,
      `${at(8, 'memory')}: Simulation pools: spec.cluster.nodePools[1].capacity.memory: Invalid value: "16GiB": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
      `${at(8, 'pods')}: Simulation pools: spec.cluster.nodePools[1].capacity.pods: Invalid value: -1: must be greater than or equal to 0`,
      `${at(9, 'name')}: Simulation pools: spec.cluster.nodePools[2].name: Duplicate value: "w"`,
      `${at(9, 'count')}: Simulation pools: spec.cluster.nodePools[2].count: Invalid value: 2147483648: spec.cluster.nodePools[2].count in body should be less than or equal to 2147483647`,
      `${at(10, '{')}: Simulation pools: spec.cluster.nodePools[3].name: Required value`,
    ];
    h.eq(lines, want, 'pool problems');
  },
};
