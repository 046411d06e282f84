import { spawn } from 'node:child_process'

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
}

/**
 * Runs a command to completion and resolves with its output; rejects with the output when it
 * exits non-zero, so a failed install or build shows why in the test report.
 */
export function run(command: string, args: string[], { cwd, env }: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output}`))
    })
  })
}

/** Like {@link run}, and says how long it took (shown in the test output). */
export async function timed(label: string, command: string, args: string[], options: RunOptions) {
  const started = performance.now()
  const output = await run(command, args, options)
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return output
}
