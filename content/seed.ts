/**
 * Seeds an empty database with the guides, providers and demo settings.
 * Run: npm run seed   (fails, changing nothing, when the database already has content)
 * `npm start` runs it with --if-empty: a database with content is left alone, quietly.
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

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getPayload({ config })
const result = await seed(payload)
if (result.seeded) payload.logger.info(`Seeded ${result.pages} pages.`)
else if (ifEmpty) payload.logger.info('The database has content: nothing seeded.')
else {
  payload.logger.error(
    'The database already has content, so nothing was seeded: the seed only fills an empty database. Changes to shipped content reach existing databases through migrations.',
  )
  process.exitCode = 1
}
finished = true
process.exit()
