/**
 * What the test suite needs from the machine beyond npm packages, and what to do when some of it is
 * missing. Pure: the probing and the installing live in scripts/test-prereqs.ts, so the decision can
 * be tested without touching the machine.
 */

/** One thing the tests need, with the Debian package that provides it. */
export interface Requirement {
  /** What it is, for people: `Chromium (browser tests)`. */
  readonly what: string;
  /** Debian/Ubuntu package that provides it. */
  readonly debianPackage: string;
}

/** Browsers from the system's packages (never downloaded ones), a CJK font for screenshots, and tools. */
export const REQUIREMENTS = {
  chromium: { what: 'Chromium (browser tests)', debianPackage: 'chromium' },
  firefox: { what: 'Firefox ESR (Firefox tests)', debianPackage: 'firefox-esr' },
  cjkFont: { what: 'a CJK font (Chinese in screenshots)', debianPackage: 'fonts-noto-cjk' },
  unzip: { what: 'unzip (the offline-copy test)', debianPackage: 'unzip' },
  time: { what: 'GNU time (the benchmark test)', debianPackage: 'time' },
} as const satisfies Record<string, Requirement>;

export type RequirementId = keyof typeof REQUIREMENTS;

/** What the machine allows: who we are and which package manager there is. */
export interface MachineAccess {
  readonly isRoot: boolean;
  /** `sudo -n true` succeeds: sudo without a password. */
  readonly passwordlessSudo: boolean;
  /** `apt-get` is on the PATH (Debian, Ubuntu). */
  readonly hasAptGet: boolean;
}

export type SetupPlan =
  | { readonly action: 'nothing' }
  | { readonly action: 'install'; readonly packages: readonly string[]; readonly asRoot: 'self' | 'sudo' }
  | { readonly action: 'stop'; readonly line: string };

/** The apt-get command a person would type to install `packages`. */
export function installCommand(packages: readonly string[], sudo: boolean): string {
  return `${sudo ? 'sudo ' : ''}apt-get update && ${sudo ? 'sudo ' : ''}apt-get install -y ${packages.join(' ')}`;
}

/**
 * Decide: nothing missing → nothing; missing and allowed to install system packages → install them;
 * otherwise stop with one line that names the exact command to run.
 */
export function planSetup(missing: readonly RequirementId[], access: MachineAccess): SetupPlan {
  if (missing.length === 0) return { action: 'nothing' };
  // fontconfig gives fc-list, which is how the font is found afterwards.
  const packages = [...missing.map((id) => REQUIREMENTS[id].debianPackage), 'fontconfig'];
  if (access.hasAptGet && access.isRoot) return { action: 'install', packages, asRoot: 'self' };
  if (access.hasAptGet && access.passwordlessSudo) return { action: 'install', packages, asRoot: 'sudo' };
  return { action: 'stop', line: stopLine(missing, access) };
}

/** The one line printed when the tests cannot run here and we may not install what they need. */
export function stopLine(missing: readonly RequirementId[], access: Pick<MachineAccess, 'hasAptGet'>): string {
  const names = missing.map((id) => REQUIREMENTS[id].what).join(', ');
  const packages = [...missing.map((id) => REQUIREMENTS[id].debianPackage), 'fontconfig'];
  const how = access.hasAptGet
    ? `run: ${installCommand(packages, true)}`
    : `install them with your system's package manager (Debian packages: ${packages.join(' ')}); set CHROMIUM_PATH and FIREFOX_PATH if the browsers are not at /usr/bin/chromium and /usr/bin/firefox-esr`;
  return `npm test needs ${names}, which this machine lacks; ${how}, then run npm test again.`;
}
