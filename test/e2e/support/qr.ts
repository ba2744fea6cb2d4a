// Reads a QR code from a screenshot with an independent decoder (zbarimg, Debian's zbar-tools), so
// a spec proves the code a phone's camera would read, not only that our own encoder round-trips.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether zbarimg is on this machine (CI's .ci/run installs zbar-tools). */
export function hasZbarimg(): boolean {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** The text of every QR code zbarimg finds in the PNG. */
export function decodeQrPng(png: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'qr-'))
  try {
    const file = join(dir, 'code.png')
    writeFileSync(file, png)
    // --raw: the data alone; -q: no summary; one line per code found.
    const out = execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8' })
    return out.split('\n').filter((line) => line.length > 0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
