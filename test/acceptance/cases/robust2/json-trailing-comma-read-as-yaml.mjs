// A file that starts with "{" is tried as JSON first; a syntax error while at most one JSON value was
// read sends the whole stream to the YAML decoder (kubectl 1.33+), where a trailing comma in a flow
// mapping is allowed: the Job is applied and runs.
export default {
  id: 'robust2/json-trailing-comma-read-as-yaml',
  source: 'apimachinery util/yaml decoder.go YAMLOrJSONDecoder.Decode (kubernetes#130666, v1.33: "If we found 0 or 1 JSON object(s), this stream is still ambiguous", d.stream.Rewind(), then the YAML decoder); go-yaml v2 parserc.go yaml_parser_parse_flow_mapping_key (a "," then "}" ends the mapping)',
  scenario: `{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j1",}, "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}], "restartPolicy": "Never"}}}}
`,
  check(r, h) {
    const job = h.job('j1');
    h.hasCond(job, 'Complete');
    h.eq(job.status.succeeded, 1, 'succeeded');
  },
};
