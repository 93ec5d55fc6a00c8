// A FailJob rule on the kubelet's own Ready=False condition matches every failed pod (the kubelet writes Ready
// False, reason PodFailed, on a Failed pod): the first failure (exit 1 at 10s) ends the Job at 11s with
// PodFailurePolicy and the message naming the condition, though backoffLimit 6 is far from reached.
export default {
  id: 'jobctl/pfp-failjob-on-ready-false',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "job fail rule matched for pod conditions" (message "Pod %s/%s has condition %v matching %v rule at index %d"); job_controller_test.go TestSyncJobWithJobPodFailurePolicy "fail job based on OnPodConditions"; kubelet status/generate.go GenerateContainersReadyCondition/GeneratePodReadyCondition (PodFailed phase -> Ready False, reason PodFailed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rf}
spec:
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onPodConditions:
      - {type: Ready, status: "False"}
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('rf');
    h.eq(pods.length, 1, 'one pod only');
    const name = pods[0].metadata.name;
    const ready = (pods[0].status.conditions ?? []).find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason], ['False', 'PodFailed'], 'pod Ready condition');
    const j = h.job('rf');
    const msg = `Pod default/${name} has condition Ready matching FailJob rule at index 0`;
    const ft = h.hasCond(j, 'FailureTarget', 'PodFailurePolicy');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq([ft.message, f.message], [msg, msg], 'messages');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [11, 11], 'FailureTarget, Failed times');
    h.eq([j.status.failed, j.status.active ?? 0, j.status.terminating], [1, 0, 0], '[failed, active, terminating]');
    const ev = h.events({ kind: 'Job', name: 'rf' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]);
    h.eq(ev, [[0, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`], [11, 'Warning', 'PodFailurePolicy', msg]], 'job events');
  },
};
