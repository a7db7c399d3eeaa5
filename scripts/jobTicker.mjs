// Runs due jobs (scheduled publish and unpublish) inside the app's own HTTP handler, every
// second: GET /api/payload-jobs/run. A job run from a timer would sit outside any Next.js
// request, where revalidateTag/revalidatePath throw, so the pages it publishes would stay stale;
// through the route handler, the hooks' cache purges apply as for an editor's own publish.
import { errorCode } from './handleSafely.mjs'

/**
 * @param {{ port: number | string, token: string, intervalMs?: number,
 *   fetchImpl?: typeof fetch, log?: (line: string) => void }} options
 * @returns {() => void} stops the ticker
 */
export function startJobTicker({
  port,
  token,
  intervalMs = 1000,
  fetchImpl = fetch,
  log = (line) => console.error(line),
}) {
  const url = `http://127.0.0.1:${port}/api/payload-jobs/run?queue=default&limit=20&disableScheduling=true`
  let running = false
  const tick = async () => {
    if (running) return // a slow run is never overlapped by the next tick
    running = true
    try {
      const response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}` } })
      await response.arrayBuffer()
      if (!response.ok) {
        log(JSON.stringify({ level: 'error', msg: 'job run failed', status: response.status }))
      }
    } catch (error) {
      log(JSON.stringify({ level: 'error', msg: 'job run failed', code: errorCode(error) }))
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
