// `npm run golden:update`: re-records the golden trace of every scenario. Golden files change only
// together with the behaviour; say why in the commit.
import { writeFileSync } from 'node:fs';
import { goldenPath, scenarioFiles, traceOf } from './goldens.ts';

for (const f of scenarioFiles()) {
  writeFileSync(goldenPath(f), traceOf(f));
  console.log(`recorded ${goldenPath(f)}`);
}
