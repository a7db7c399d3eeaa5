// `npm run build`: the database must exist and be seeded first, because published pages are
// prerendered from it (generateStaticParams queries Payload at build time).
import { build, prepareDatabase } from './steps.mjs'

await prepareDatabase()
await build()
