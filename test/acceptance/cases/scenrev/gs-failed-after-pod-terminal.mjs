// scenarios/graceful-shutdown.yaml: FailureTarget (DeadlineExceeded) at +60s for both Jobs, but the terminal
// Failed condition (and its Warning DeadlineExceeded event) waits for the pod to be terminal: +66s for polite
// (exit at +65s, 1s batch), +91s for deaf (SIGKILL at +90s); a Failed Job has no completionTime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenrev/gs-failed-after-pod-terminal',
  source: 'kubernetes pkg/controller/job/job_controller.go enactJobFinished (delayTerminalCondition: "Delaying marking the Job as finished, because there are still terminating pod(s)"), recordJobFinished (Warning finishedCond.Reason/Message), pastActiveDeadline (duration >= activeDeadlineSeconds)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/graceful-shutdown.yaml'), 'utf8'),
  check(r, h) {
    const conds = (name) => h.job(name).status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]);
    h.eq(conds('polite'), [['FailureTarget', 'True', 'DeadlineExceeded', 60], ['Failed', 'True', 'DeadlineExceeded', 66]], 'polite conditions');
    h.eq(conds('deaf'), [['FailureTarget', 'True', 'DeadlineExceeded', 60], ['Failed', 'True', 'DeadlineExceeded', 91]], 'deaf conditions');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).map((e) => [e.involvedObject.name, e.type, h.sec(e.firstTimestamp), e.message]),
      [['polite', 'Warning', 66, 'Job was active longer than specified deadline'], ['deaf', 'Warning', 91, 'Job was active longer than specified deadline']], 'Warning events');
    for (const n of ['polite', 'deaf']) {
      const s = h.job(n).status;
      h.eq([s.completionTime, s.failed, s.succeeded ?? 0, s.terminating, s.active ?? 0], [undefined, 1, 0, 0, 0], `${n} final counters`);
    }
  },
};
