/**
 * Seeds an empty database with the guides and demo settings.
 * Run: npm run seed   (tsx content/seed.ts; scripts/start.mjs runs it on every start)
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './seedRunner'

// If the work never settled, Node would exit 0 in silence: say so and fail instead.
let finished = false
process.on('exit', () => {
  if (!finished) {
    console.error('The seed stopped before it finished.')
    process.exitCode = 1
  }
})

const payload = await getPayload({ config })
const result = await seed(payload)
payload.logger.info(
  result.seeded
    ? `Seeded ${result.pages} pages.`
    : `Database already has ${result.pages} pages: seed skipped.`,
)
finished = true
process.exit(0)
