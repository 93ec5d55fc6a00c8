// Documents that are not objects, or lack apiVersion/kind, or name a kind in the wrong version, are each
// one problem at the document's start (kubectl: "error validating data: [apiVersion not set, kind not
// set]", "no matches for kind X in version Y"); empty documents (--- --- or only a comment) are skipped.
const scenario = `---
---
# only a comment
---
- a
- b
---
hello
---
kind: Job
---
apiVersion: batch/v1
---
apiVersion: batch/v2
kind: Job
metadata: {name: z}
---
apiVersion: batch/v1
kind: Pod
metadata: {name: p}
---
apiVersion: jobsim/v1
kind: Simulation
metadata: {name: s}
`;
export default {
  id: 'inputerrors/yaml-document-shapes',
  source: 'kubectl resource builder ("error validating data: [apiVersion not set, kind not set]"); RESTMapper NoKindMatchError ("no matches for kind %q in version %q"); CONTRACT.md §1',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 7, `seven problems: ${r.stderr}`);
    h.assert(lines[0].startsWith('5:1: ') && /mapping/.test(lines[0]), `a list document: ${lines[0]}`);
    h.assert(lines[1].startsWith('8:1: ') && /mapping/.test(lines[1]), `a scalar document: ${lines[1]}`);
    h.eq(lines[2], '10:1: error validating data: [apiVersion not set]', 'no apiVersion');
    h.eq(lines[3], '12:1: error validating data: [kind not set]', 'no kind');
    h.assert(lines[4].startsWith('15:1: Job default/z: no matches for kind "Job" in version "batch/v2"'), lines[4]);
    h.assert(lines[5].startsWith('19:1: Pod p: no matches for kind "Pod" in version "batch/v1"'), lines[5]);
    h.assert(lines[6].startsWith('23:1: Simulation s: no matches for kind "Simulation" in version "jobsim/v1"'), lines[6]);
  },
};
