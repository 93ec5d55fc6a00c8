// A worker thread of `jobsim sweep --parallel`: runs one (size, seed) of a sweep. Plain JavaScript
// that loads the sources through tsx, as the package's other entries do.
import { register } from 'tsx/esm/api';

register();
const { runSweepTask } = await import('../src/sim/sweep.ts');

export default runSweepTask;
