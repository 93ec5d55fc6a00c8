// scenarios/node-drain.yaml: the two evicted pods are Ignored by the podFailurePolicy but still feed the
// pod-recreation back-off: two new failures at +5m, so the replacements are created 10s*2^(2-1) = 20s later, at
// +5m20s; with podFailurePolicy set, podReplacementPolicy defaults to Failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/drain-ignored-failures-backoff',
  source: 'kubernetes pkg/controller/job/job_controller.go getNewFinishedPods (isPodFailed, whatever the podFailurePolicy says) + backoff_utils.go newBackoffRecord / getRemainingTimeForFailuresCount (DefaultJobPodFailureBackOff 10s * 2^(failures-1)); pkg/apis/batch/v1/defaults.go SetDefaults_Job (podReplacementPolicy Failed with a podFailurePolicy)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/node-drain.yaml'), 'utf8'),
  check(r, h) {
    h.eq(h.job('reindex').spec.podReplacementPolicy, 'Failed', 'defaulted podReplacementPolicy');
    const creates = h.events({ reason: 'SuccessfulCreate', name: 'reindex' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(creates, [0, 0, 0, 0, 0, 0, 320, 320], 'SuccessfulCreate times');
  },
};
