import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** LibreOffice's soffice, when installed (Debian package libreoffice-calc-nogui). */
export function findSoffice(): string | undefined {
  for (const candidate of ["soffice", "libreoffice"]) {
    const res = spawnSync("sh", ["-c", `command -v ${candidate}`], { encoding: "utf8" });
    if (res.status === 0 && res.stdout.trim()) return res.stdout.trim();
  }
  return undefined;
}

/** Converts `file` with LibreOffice headless into `format` ("pdf", "xlsx") and returns the new file's path. */
export function sofficeConvert(soffice: string, file: string, format: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "cchc-lo-"));
  // A private profile: parallel runs and a user's own LibreOffice settings never interfere.
  const profile = `file://${mkdtempSync(path.join(tmpdir(), "cchc-lo-profile-"))}`;
  execFileSync(
    soffice,
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file],
    {
      stdio: "pipe",
      timeout: 180_000,
    },
  );
  const produced = readdirSync(outDir).find((f) => f.endsWith(`.${format.split(":")[0]}`));
  if (!produced) throw new Error(`LibreOffice produced no ${format} for ${file}`);
  return path.join(outDir, produced);
}
