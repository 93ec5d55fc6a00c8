// A file that does not start with "{" is a YAML stream (hasJSONPrefix is false), and JSON is YAML: a JSON
// object after `---`, and one spread over several lines, are documents like any other. Both Jobs run.
export default {
  id: 'robust2/yaml-stream-with-json-documents',
  source: 'apimachinery util/yaml decoder.go YAMLOrJSONDecoder.Decode (GuessJSONStream/hasJSONPrefix) and YAMLReader.Read',
  scenario: `# manifests
---
{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "a"},
 "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec: {"completions": 2, "template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}
`,
  check(r, h) {
    h.hasCond(h.job('a'), 'Complete');
    h.hasCond(h.job('b'), 'Complete');
    h.eq(h.job('b').status.succeeded, 2, 'b succeeded');
  },
};
