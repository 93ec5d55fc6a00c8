// scenarios/graceful-shutdown.yaml cut at +70s: deaf's pod still runs out its grace period, so the Job has only
// the interim FailureTarget, counts the pod failed (it was counted when the Job became FailureTarget) and
// terminating, and nothing active; polite's pod ended at +65s, so polite is already Failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/gs-midway-terminating',
  source: 'kubernetes pkg/controller/job/job_controller.go canRemoveFinalizer (finishedCondition != nil: every pod counted), trackJobStatusAndRemoveFinalizers ("When the job is considered finished, every non-terminated pod is considered failed"), countTerminatingPods, enactJobFinished (terminating > 0 delays Failed)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/graceful-shutdown.yaml'), 'utf8'),
  args: ['--duration', '70s'],
  check(r, h) {
    const deaf = h.job('deaf');
    h.eq(deaf.status.conditions.map((c) => [c.type, c.status, c.reason]), [['FailureTarget', 'True', 'DeadlineExceeded']], 'deaf conditions at +70s');
    h.eq([deaf.status.active ?? 0, deaf.status.ready, deaf.status.failed, deaf.status.terminating], [0, 0, 1, 1], 'deaf counters at +70s');
    const [pod] = h.podsOf('deaf');
    h.eq([pod.status.phase, h.sec(pod.metadata.deletionTimestamp), Object.keys(pod.status.containerStatuses[0].state), pod.metadata.finalizers ?? []], ['Running', 90, ['running'], []], 'deaf pod at +70s');
    h.hasCond(h.job('polite'), 'Failed', 'DeadlineExceeded');
  },
};
