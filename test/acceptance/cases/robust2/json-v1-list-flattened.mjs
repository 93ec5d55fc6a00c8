// A JSON v1 List (what `kubectl get jobs -o json` writes) is one JSON document; FlattenListVisitor
// applies each item. Both Jobs run.
export default {
  id: 'robust2/json-v1-list-flattened',
  source: 'cli-runtime resource/visitor.go StreamVisitor.Visit (JSON stream) + FlattenListVisitor.Visit',
  scenario: `{"apiVersion": "v1", "kind": "List", "metadata": {}, "items": [
  {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "a"}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}},
  {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "b", "namespace": "ns2"}, "spec": {"parallelism": 2, "completions": 2, "template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
]}
`,
  check(r, h) {
    h.hasCond(h.job('a'), 'Complete');
    const b = h.job('b', 'ns2');
    h.hasCond(b, 'Complete');
    h.eq(b.status.succeeded, 2, 'b succeeded');
    h.eq(h.podsOf('b').length, 2, 'b pods');
    h.eq(h.sec(b.status.completionTime), 11, 'b completionTime (two pods at once)');
  },
};
