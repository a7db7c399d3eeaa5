// `npm run bench`: every benchmark of issue 12 in turn, each on its own seeded production server
// (bench/server.mjs; a build is made first if there is none). Extra arguments go to each one,
// e.g. `npm run bench -- --runs 3`. Prints numbers; not part of the test run.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2)
for (const script of ['client-js.mjs', 'pages.mjs', 'lighthouse.mjs']) {
  const { status } = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, script), ...args],
    {
      stdio: 'inherit',
    },
  )
  if (status !== 0) process.exit(status ?? 1)
  console.log('')
}
