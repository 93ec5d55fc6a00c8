// Timeline entries: names must exist at that point (Job nope), kind is Job or CronJob, `at` is a
// duration string or RFC 3339 time (a bare number is not), exactly one action, `at` required, and a
// create may make only batch/v1 Jobs and CronJobs. Also a second delete of the same Job.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tl}
spec:
  timeline:
  - {at: 1h, patch: {kind: Job, name: nope, spec: {suspend: true}}}
  - {at: 1h, patch: {kind: Pod, name: j}}
  - {at: 90, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 2h}
  - {at: 2h, delete: {kind: Job, name: j}, patch: {kind: Job, name: j}}
  - {delete: {kind: CronJob, name: j}}
  - {at: 3h, delete: {kind: Job, name: j}}
  - {at: 4h, delete: {kind: Job, name: j}}
  - {at: 5h, create: {apiVersion: v1, kind: Pod, metadata: {name: p}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const at = (line, key) => `${line}:${scenario.split('\n')[line - 1].indexOf(key) + 1}`;
export default {
  id: 'inputerrors/timeline-errors',
  source: 'CONTRACT.md §2 timeline ("at is an offset from start or an RFC 3339 time"); README ("Every name a timeline action refers to must exist at that point of the timeline"); kubectl NotFound wording `jobs.batch "x" not found`',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      `${at(6, 'name')}: Simulation tl: spec.timeline[0].patch.name: jobs.batch "nope" not found`,
      `${at(7, 'kind')}: Simulation tl: spec.timeline[1].patch.kind: Unsupported value: "Pod": supported values: "Job", "CronJob"`,
      `${at(8, 'at')}: Simulation tl: spec.timeline[2].at: Invalid value: 90: must be a duration such as 500ms, 90s, 1h30m or 7d`,
      `${at(9, '{')}: Simulation tl: spec.timeline[3]: Invalid value: "object": must have exactly one of patch, delete, create`,
      `${at(10, '{')}: Simulation tl: spec.timeline[4]: Invalid value: "object": must have exactly one of patch, delete, create`,
      `${at(11, '{')}: Simulation tl: spec.timeline[5].at: Required value`,
      `${at(11, 'name')}: Simulation tl: spec.timeline[5].delete.name: cronjobs.batch "j" not found`,
      `${at(13, 'name')}: Simulation tl: spec.timeline[7].delete.name: jobs.batch "j" not found (deleted earlier in the timeline)`,
      `${at(14, 'kind')}: Simulation tl: spec.timeline[8].create.kind: no matches for kind "Pod" in version "v1"; a timeline may create batch/v1 Job and CronJob`,
    ], 'timeline problems');
  },
};
