/**
 * `npm test`'s first step: find Chromium, Firefox, a CJK font, unzip and GNU time; install what is
 * missing from the system's packages when we may (root, or sudo without a password, with apt-get);
 * otherwise stop at once with one line naming the command to run. Never downloads a browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromiumPath, firefoxPath } from '../src/testenv/browser-paths.ts';
import { planSetup, REQUIREMENTS, type RequirementId } from '../src/testenv/requirements.ts';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const succeeds = (command: string, args: readonly string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const onPath = (command: string): boolean => succeeds('sh', ['-c', `command -v ${command}`]);

function hasCjkFont(): boolean {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && /cjk|noto sans sc|noto serif sc|wenquanyi|source han/i.test(listed.stdout);
}

function findMissing(): RequirementId[] {
  const present: Record<RequirementId, () => boolean> = {
    chromium: () => executable(chromiumPath),
    firefox: () => executable(firefoxPath),
    cjkFont: hasCjkFont,
    unzip: () => onPath('unzip'),
    time: () => executable('/usr/bin/time'),
  };
  return (Object.keys(REQUIREMENTS) as RequirementId[]).filter((id) => !present[id]());
}

const missing = findMissing();
const plan = planSetup(missing, {
  isRoot: process.getuid?.() === 0,
  passwordlessSudo: onPath('sudo') && succeeds('sudo', ['-n', 'true']),
  hasAptGet: onPath('apt-get'),
});

if (plan.action === 'stop') {
  console.error(plan.line);
  process.exit(1);
}
if (plan.action === 'install') {
  const prefix = plan.asRoot === 'sudo' ? ['sudo'] : [];
  console.log(`test prerequisites: installing ${plan.packages.join(' ')} with apt-get`);
  const run = (args: string[]) => {
    const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', ...args];
    execFileSync(command!, rest, { stdio: 'inherit' });
  };
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...plan.packages]);
  const still = findMissing();
  if (still.length > 0) {
    const what = still.map((id) => REQUIREMENTS[id].what).join(', ');
    console.error(`npm test needs ${what}, still missing after apt-get installed ${plan.packages.join(' ')}; install them by hand (or set CHROMIUM_PATH / FIREFOX_PATH), then run npm test again.`);
    process.exit(1);
  }
}
console.log(`test prerequisites: Chromium ${chromiumPath}, Firefox ${firefoxPath}, a CJK font, unzip and time are here`);
