/**
 * What a document id looks like on the database in use: a positive integer on SQLite (Payload's
 * `defaultIDType` 'number'), a 24-character hexadecimal ObjectId on MongoDB ('text').
 */
export function documentIdPattern(idType: 'number' | 'text' | string): RegExp {
  return idType === 'number' ? /^\d{1,15}$/ : /^[0-9a-f]{24}$/i
}

/**
 * The ids among `ids` that can name a document on this database (others, such as a broken
 * reference `0` on MongoDB, would make the query itself fail), as strings.
 *
 * @param idType - `payload.db.defaultIDType`
 * @param ids - ids as stored in content (numbers or strings)
 */
export function validDocumentIds(idType: string, ids: readonly (number | string)[]): string[] {
  const pattern = documentIdPattern(idType)
  return ids.map(String).filter((id) => pattern.test(id))
}
