// `npm run test:mongo`: the integration suite, then an e2e smoke run, on the MongoDB adapter, at
// the server MONGODB_URI points to (each run uses fresh database names, so the same server can be
// used again). `.ci/run` starts a test server (.ci/mongo-server) and sets MONGODB_URI.
// Without MONGODB_URI: on a developer machine the run is skipped with a message; under CI=true it
// fails, so CI can never pass by skipping MongoDB.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

if (!process.env.MONGODB_URI) {
  if (process.env.CI) {
    console.error(
      'test:mongo: MONGODB_URI is not set. CI must run the MongoDB suites (see .ci/run).',
    )
    process.exit(1)
  }
  console.log(
    'test:mongo: SKIPPED, MONGODB_URI is not set. To run it: bash .ci/mongo-server/install.sh && ' +
      'node .ci/mongo-server/start.mjs & then MONGODB_URI=mongodb://127.0.0.1:27117 npm run test:mongo',
  )
  process.exit(0)
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

// Nothing in a test run may regenerate the committed types (with MongoDB's string ids).
const typesFile = path.join(root, 'payload-types.ts')
const typesHash = () => createHash('sha256').update(readFileSync(typesFile)).digest('hex')
const typesBefore = typesHash()

const started = Date.now()
// The SQLite write-lock test is about SQLite's own locking; everything else runs on MongoDB.
await run(
  'vitest',
  ['run', 'tests/integration', '--exclude', 'tests/integration/sqlite-lock.test.ts'],
  {
    TEST_DATABASE: 'mongodb',
  },
)
const integrationDone = Date.now()
await run('playwright', ['test', '--config', 'playwright.mongo.config.ts'], {})

if (typesHash() !== typesBefore) {
  console.error(
    'test:mongo: payload-types.ts was rewritten during the run (see payload.config.ts).',
  )
  process.exit(1)
}
const seconds = (ms) => `${Math.round(ms / 1000)} s`
console.log(
  `test:mongo: integration ${seconds(integrationDone - started)}, ` +
    `e2e smoke ${seconds(Date.now() - integrationDone)}`,
)
