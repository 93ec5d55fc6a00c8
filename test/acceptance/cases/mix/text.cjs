// runs the CLI with -o text (from the project checkout, cwd) and returns stdout
const { spawnSync } = require('node:child_process');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
exports.text = function text(scenario, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'mixtext-'));
  writeFileSync(join(dir, 's.yaml'), scenario);
  return spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'text', ...extra], { encoding: 'utf8' }).stdout;
};
exports.row = function row(out, name) {
  const line = out.split('\n').find((l) => l.startsWith(name + ' '));
  if (!line) throw new Error(`no row ${name} in text output`);
  return line.trim().split(/\s{2,}/);
};
