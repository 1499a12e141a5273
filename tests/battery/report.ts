/**
 * The battery's scale and its figures. `npm test` runs every battery file at a small scale
 * (BATTERY unset); `npm run test:battery` sets BATTERY=full and prints the figures each file
 * recorded here as one summary (scripts/battery.mjs).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const fullBattery = process.env.BATTERY === 'full'

/** `quick` in `npm test`, `full` in `npm run test:battery`. */
export function scale<T>(quick: T, full: T): T {
  return fullBattery ? full : quick
}

const reportFile = process.env.BATTERY_REPORT || path.join(os.tmpdir(), `mediglot-battery-${process.pid}.jsonl`)

/** One line of the summary: a section (e.g. "Malformed requests"), a label and its value. */
export function recordFigure(section: string, label: string, value: string | number): void {
  fs.appendFileSync(reportFile, `${JSON.stringify({ section, label, value, at: new Date().toISOString() })}\n`)
}
