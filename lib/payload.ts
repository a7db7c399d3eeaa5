import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The Payload instance (Local API) built from payload.config.ts. Payload keeps one per process,
 * so every caller shares it; the first call connects to the database (in production it also runs
 * the committed migrations, `prodMigrations`). Rejects when the config or the database connection
 * fails.
 */
export const getPayloadClient = () => getPayload({ config })
