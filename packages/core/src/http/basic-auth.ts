/** HTTP Basic credentials: the one place a user and password become an Authorization value. */

/** The base64 text of `username:password` that follows `Basic ` (mask it as well as the password). */
export function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/** The Authorization header value for a user and password. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${basicCredentials(username, password)}`;
}
