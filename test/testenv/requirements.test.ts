import { expect, test } from 'vitest';
import { installCommand, planSetup, stopLine } from '../../src/testenv/requirements.ts';

const root = { isRoot: true, passwordlessSudo: false, hasAptGet: true };
const user = { isRoot: false, passwordlessSudo: false, hasAptGet: true };

test('nothing to do when nothing is missing, whoever runs it', () => {
  expect(planSetup([], user)).toEqual({ action: 'nothing' });
});

test('root with apt-get installs exactly the missing packages (and fontconfig for fc-list)', () => {
  expect(planSetup(['chromium', 'cjkFont'], root)).toEqual({
    action: 'install',
    packages: ['chromium', 'fonts-noto-cjk', 'fontconfig'],
    asRoot: 'self',
  });
});

test('a user with passwordless sudo installs through sudo', () => {
  expect(planSetup(['firefox'], { ...user, passwordlessSudo: true })).toMatchObject({ action: 'install', asRoot: 'sudo' });
});

test('a user without sudo stops with one line naming the exact command', () => {
  const plan = planSetup(['chromium', 'firefox'], user);
  expect(plan.action).toBe('stop');
  const line = plan.action === 'stop' ? plan.line : '';
  expect(line).not.toContain('\n');
  expect(line).toContain('sudo apt-get update && sudo apt-get install -y chromium firefox-esr fontconfig');
  expect(line).toMatch(/^npm test needs Chromium \(browser tests\), Firefox ESR/);
});

test('without apt-get (macOS, other Linux) the line names the packages and the path variables, and root does not help', () => {
  const plan = planSetup(['chromium'], { isRoot: true, passwordlessSudo: true, hasAptGet: false });
  expect(plan).toEqual({ action: 'stop', line: stopLine(['chromium'], { hasAptGet: false }) });
  expect(plan.action === 'stop' && plan.line).toContain('CHROMIUM_PATH');
});

test('installCommand with and without sudo', () => {
  expect(installCommand(['unzip'], false)).toBe('apt-get update && apt-get install -y unzip');
  expect(installCommand(['unzip'], true)).toBe('sudo apt-get update && sudo apt-get install -y unzip');
});
