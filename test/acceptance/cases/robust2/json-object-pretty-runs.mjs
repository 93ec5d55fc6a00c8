// kubectl reads a file whose first non-space byte is `{` as a JSON stream (YAMLOrJSONDecoder sniffs the
// prefix, GuessJSONStream): a pretty-printed JSON Job, with a UTF-8 BOM (stripped by FileVisitor's
// BOMOverride before the sniff) and CRLF line ends, is applied like its YAML form.
export default {
  id: 'robust2/json-object-pretty-runs',
  source: 'apimachinery util/yaml decoder.go YAMLOrJSONDecoder.Decode/hasJSONPrefix; cli-runtime resource/visitor.go FileVisitor.Visit (unicode.BOMOverride)',
  scenario: '\ufeff{\r\n  "apiVersion": "batch/v1",\r\n  "kind": "Job",\r\n  "metadata": {"name": "pj", "labels": {"app": "pj"}},\r\n  "spec": {\r\n    "completions": 2,\r\n    "template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}\r\n  }\r\n}\r\n',
  check(r, h) {
    const j = h.job('pj');
    h.eq(j.metadata.labels.app, 'pj', 'label');
    h.eq([j.spec.completions, j.spec.parallelism], [2, 1], 'completions, parallelism');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(j.status.succeeded, 2, 'succeeded');
    h.eq(h.sec(j.status.completionTime), 22, 'completionTime (pod 2 created at the 11s sync, ends 21s, counted at 22s)');
  },
};
