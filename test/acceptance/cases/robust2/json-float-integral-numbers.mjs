// In a JSON manifest kubectl decodes numbers into an Unstructured map (util/json convertNumber: int64 if
// the literal is an integer, else float64) and re-encodes the object for the request: 2.0, 1e1 and 3E0
// become 2, 10 and 3, which the API server takes for int32 fields.
export default {
  id: 'robust2/json-float-integral-numbers',
  source: 'apimachinery util/json json.go convertNumber (Int64() else Float64()); unstructured.UnstructuredJSONScheme encode (encoding/json writes float64 10 as 10)',
  scenario: '{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "f"}, "spec": {"parallelism": 2.0, "completions": 1e1, "backoffLimit": 3E0, "template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}\n',
  check(r, h) {
    const j = h.job('f');
    h.eq([j.spec.parallelism, j.spec.completions, j.spec.backoffLimit], [2, 10, 3], 'parallelism, completions, backoffLimit');
    h.eq(j.status.succeeded, 10, 'succeeded');
  },
};
