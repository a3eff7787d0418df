/**
 * Finds a Chromium for Playwright to drive: $DATELINES_CHROMIUM, Debian's
 * /usr/bin/chromium, or Playwright's own download. Installs one where that can
 * work unattended, and otherwise says exactly what to run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const DEBIAN_PACKAGES = ["chromium", "fonts-noto-cjk", "fonts-thai-tlwg", "fonts-noto-core"];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `No Chromium found for Playwright. ${detail}\n` +
        `Fix it with one of:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES.join(" ")}   (Debian/Ubuntu)\n` +
        `  npx playwright install chromium   (where Playwright's download is allowed)\n` +
        `  export DATELINES_CHROMIUM=/path/to/chrome   (any Chromium or Chrome you have)`,
    );
    this.name = "BrowserNotFoundError";
  }
}

/** The executable to launch, or undefined if none is installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.DATELINES_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFoundError(`DATELINES_CHROMIUM is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", chromium.executablePath()]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The apt-get runs that install Chromium and the fonts. Each waits up to ten minutes for another
 * apt or dpkg run to release its lock, instead of failing at once.
 */
export const APT_COMMANDS: readonly string[][] = [
  ["-o", "DPkg::Lock::Timeout=600", "update", "-qq"],
  ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq", "--no-install-recommends", ...DEBIAN_PACKAGES],
];

/** Finds Chromium, installing it with apt when running as root on Debian. */
export function ensureChromium(log: (line: string) => void = console.error): string {
  const found = findChromium();
  if (found) return found;
  if (canUseApt()) {
    log(`Installing ${DEBIAN_PACKAGES.join(" ")} with apt-get (Chromium and fonts for Thai, Chinese and Arabic)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of APT_COMMANDS) execFileSync("apt-get", args, { stdio: "inherit", env });
    const installed = findChromium();
    if (installed) return installed;
    throw new BrowserNotFoundError("apt-get finished but /usr/bin/chromium is still missing.");
  }
  throw new BrowserNotFoundError("This machine is not Debian with root access, so it cannot be installed automatically.");
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new BrowserNotFoundError("Run `npm run browser` to install one.");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

function canUseApt(): boolean {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version") || /ID(_LIKE)?=.*debian/.test(safeRead("/etc/os-release"));
  return isRoot && isDebian && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
