// FlattenListVisitor flattens lists inside lists (it keeps expanding every item that is itself a list),
// and `List` is mapped in every group version, so a batch/v1 List and a v1 List nested in a v1 List are
// flattened like a top-level v1 List: both Jobs run.
export default {
  id: 'inputerrors2/list-nested-and-group-list-flattened',
  source: 'cli-runtime resource/visitor.go FlattenListVisitor (itemsToProcess loop over nested lists); client-go restmapper/discovery.go (versionMapper.Add(gv.WithKind("List")) for every group version)',
  scenario: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: List
  items:
  - apiVersion: batch/v1
    kind: Job
    metadata: {name: inner}
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: List
items:
- apiVersion: batch/v1
  kind: Job
  metadata: {name: grouped}
  spec:
    template:
      spec:
        containers: [{name: c, image: busybox}]
        restartPolicy: Never
`,
  check(r, h) {
    h.hasCond(h.job('inner'), 'Complete');
    h.hasCond(h.job('grouped'), 'Complete');
  },
};
