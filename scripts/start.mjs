// `npm start`: prepare the database, build once if there is no build yet, then serve on :3000.
import { build, hasBuild, prepareDatabase, start } from './steps.mjs'

await prepareDatabase()
if (!hasBuild() || process.argv.includes('--build')) await build()
await start()
