// podFailurePolicy FailJob on exit 42: index 1 exits 42 at 10s while index 0 runs. At 11s FailureTarget/PodFailurePolicy with the
// rule's message, the running pod deleted and counted failed (failed 2, terminating 1, ready 0); Failed at 12s; the Warning
// PodFailurePolicy event is recorded with Failed only.
import { statusWrites } from '../../lib/statuswrites.mjs';

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: p}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: p}}\n    duration: 100s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [42]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 2\n  completions: 2\n  podFailurePolicy:\n    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]\n  template:\n    metadata: {labels: {app: p}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/failjob-interim-then-failed',
  source: "job_controller.go syncJob (getFailJobMessage -> interim FailureTarget), trackJobStatusAndRemoveFinalizers, enactJobFinished, recordJobFinished; pod_failure_policy.go matchPodFailurePolicy message; reference §5, §2.8, §11",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a0 r0 T1 s0 f2 st0 FailureTarget=True/PodFailurePolicy@11/11",
      "12 a0 r0 T0 s0 f2 st0 FailureTarget=True/PodFailurePolicy@11/11 Failed=True/PodFailurePolicy@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    const ft = h.job('j').status.conditions.find((c) => c.type === 'FailureTarget');
    const pod = h.podsOf('j').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    h.eq(ft.message, `Container c for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 0`, 'FailureTarget message');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'PodFailurePolicy' }).map((e) => h.sec(e.firstTimestamp)), [12], 'event at Failed');
  },
};
