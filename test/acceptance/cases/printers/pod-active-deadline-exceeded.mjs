// A pod template's own spec.activeDeadlineSeconds (60) is enforced by the kubelet (pkg/kubelet/active_deadline.go):
// the pod is Failed with reason DeadlineExceeded, "Pod was active on the node longer than the specified deadline",
// the container is killed (terminated, reason Error, which printPod's STATUS shows over the pod's reason) and, with backoffLimit 0, the Job
// fails (BackoffLimitExceeded) a little after 60s instead of running its 1h container.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: pdl}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      activeDeadlineSeconds: 60
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers/pod-active-deadline-exceeded',
  source: 'pkg/kubelet/active_deadline.go (reason "DeadlineExceeded", message "Pod was active on the node longer than the specified deadline"); pkg/printers/internalversion/printers.go printPod (pod.Status.Reason)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const pod = h.podsOf('pdl')[0];
    h.eq([pod.status.phase, pod.status.reason, pod.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod status');
    const c = h.hasCond(h.job('pdl'), 'Failed', 'BackoffLimitExceeded');
    h.near(h.sec(c.lastTransitionTime), 61, 15, 'Job Failed');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '5m']), 'pod'), `pod/${pod.metadata.name}`);
    // the kubelet kills the container: its terminated reason (Error) is what printPod shows
    h.eq(row.STATUS, 'Error', 'pod STATUS');
  },
};
