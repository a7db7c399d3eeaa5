// Runs before every test file, ahead of its imports: see prepareTestDatabaseEnv.
import { afterAll } from 'vitest'

import { prepareTestDatabaseEnv } from '../helpers/payload'

afterAll(prepareTestDatabaseEnv())
