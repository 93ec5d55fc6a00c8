// A JSON file holding several objects one after the other (newline-delimited JSON, what `jq -c '.items[]'`
// writes) is a JSON stream to kubectl: YAMLOrJSONDecoder sniffs the leading "{" and decodes with
// encoding/json's Decoder, whose Decode is called in a loop (StreamVisitor.Visit) until io.EOF, so both
// Jobs are applied. (jobsim once parsed the file as one YAML document and reported 47 YAML errors.)
export default {
  id: 'robust2/json-stream-concatenated-objects',
  source: 'apimachinery util/yaml decoder.go YAMLOrJSONDecoder.Decode (isJSON -> json.NewDecoder(buffer)); cli-runtime resource/visitor.go StreamVisitor.Visit (for { d.Decode(&ext) } until io.EOF)',
  scenario: `{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j1"}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j2"}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
`,
  check(r, h) {
    h.hasCond(h.job('j1'), 'Complete', 'CompletionsReached');
    h.hasCond(h.job('j2'), 'Complete', 'CompletionsReached');
    h.eq(h.of('Job').length, 2, 'two Jobs');
  },
};
