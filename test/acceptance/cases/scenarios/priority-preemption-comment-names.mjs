// The comment of scenarios/priority-preemption.yaml names the victim "backfill-rx4pk on worker-1" and the
// replacement "backfill-ckqt2"; generated names follow from the seed, so with the shipped seed the names in the
// comment must be the ones the run produces (a learner greps the log for them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const text = readFileSync(join(process.cwd(), 'scenarios/priority-preemption.yaml'), 'utf8');
export default {
  id: 'scenarios/priority-preemption-comment-names',
  source: 'scenarios/priority-preemption.yaml comment ("one backfill pod is enough, backfill-rx4pk on worker-1"); README "For learners" (same seed, same pods, names and times)',
  scenario: text,
  check(r, h) {
    const named = /enough, (backfill-[a-z0-9]{5}) on (worker-\d)/.exec(text);
    h.assert(named, 'comment names a victim');
    const victim = h.events({ reason: 'Preempted' })[0].involvedObject.name;
    const node = h.get('Pod', victim).spec.nodeName;
    h.eq([named[1], named[2]], [victim, node], 'victim named in the comment vs the run (the comment names a pod that runs on worker-2 and is never preempted)');
  },
};
