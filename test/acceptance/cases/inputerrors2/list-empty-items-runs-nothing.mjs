// An empty v1 List (what `kubectl get jobs -o yaml` writes when there are none) is no object at all:
// the run is empty and ends at once.
export default {
  id: 'inputerrors2/list-empty-items-runs-nothing',
  source: 'cli-runtime FlattenListVisitor (a list of 0 items visits nothing); README "a v1 List ... is flattened into its items"',
  scenario: `apiVersion: v1
kind: List
metadata: {resourceVersion: ""}
items: []
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    h.eq([r.spec.end, r.spec.endedBy], ['2026-01-01T00:00:00Z', 'quiet'], 'ends at once');
  },
};
