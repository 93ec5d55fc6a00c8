// kubectl apply flattens any list (an object with `items`), not only `v1 List`: the RESTMapper maps
// KIND+"List" for every served kind and "List" in every group version, and items without apiVersion
// and kind take the list's apiVersion and its kind without the "List" suffix. So a batch/v1 JobList
// whose items are bare Job bodies (what the API's own list endpoint returns) applies as Jobs.
export default {
  id: 'inputerrors2/list-typed-joblist-items-inherit-kind',
  source: 'client-go restmapper/discovery.go NewDiscoveryRESTMapper (versionMapper.Add(gv.WithKind(resource.Kind+"List")), gv.WithKind("List")); apimachinery unstructured/helpers.go decodeToList (item kind = TrimSuffix(listKind, "List"), apiVersion = list apiVersion); cli-runtime resource/visitor.go FlattenListVisitor',
  scenario: `apiVersion: batch/v1
kind: JobList
metadata: {resourceVersion: "42"}
items:
- metadata: {name: a}
  spec:
    template:
      spec:
        containers: [{name: c, image: busybox}]
        restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq([j.apiVersion, j.kind], ['batch/v1', 'Job'], 'item typed from the list');
    h.hasCond(j, 'Complete');
  },
};
