/** Image names (`ghcr.io/owner/app`) as the Docker reference grammar allows them, and their registries. */
import { ConfigurationError } from '../errors/index.js';

// distribution/reference: a domain (with a dot or a port, or `localhost`) then lower-case path components.
const DOMAIN =
  /^(?:localhost|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Docker Hub's registry host, where names without a domain go. */
export const DOCKER_HUB = 'docker.io';

/** The registry an image name pushes to: its first component when that is a host, else Docker Hub. */
export function registryOf(image: string): string {
  const first = image.split('/')[0]!;
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : DOCKER_HUB;
}

/**
 * Checks an image name given without tag or digest and returns it with its path lower-cased (GitHub
 * owners often have capitals, GHCR and the reference grammar do not; metadata-action lowers them too).
 */
export function normalizeImage(image: string, what: string): string {
  const text = image.trim();
  if (text.includes('@') || text.split('/').at(-1)!.includes(':')) {
    throw new ConfigurationError(
      `${what}: '${image}' carries a tag or digest; give the image name alone (ghcr.io/owner/app) — the tags come from the tag templates.`,
    );
  }
  const parts = text.split('/');
  const hasDomain = parts.length > 1 && registryOf(text) !== DOCKER_HUB;
  if (hasDomain && !DOMAIN.test(parts[0]!)) {
    throw new ConfigurationError(
      `${what}: '${image}' starts with '${parts[0]}', which is not a registry host.`,
    );
  }
  const path = (hasDomain ? parts.slice(1) : parts).map((c) => c.toLowerCase());
  if (path.length === 0 || path.some((c) => !COMPONENT.test(c))) {
    throw new ConfigurationError(
      `${what}: '${image}' is not an image name: write [registry/]path, e.g. ghcr.io/owner/app, with path parts of letters, digits and single . _ or - between them.`,
    );
  }
  return [...(hasDomain ? [parts[0]!] : []), ...path].join('/');
}

/** The last path component (`app` of `ghcr.io/owner/app`), used for cache scopes and titles. */
export function imageBaseName(image: string): string {
  return image.split('/').at(-1)!;
}

/** The default image of a GitHub repository: `ghcr.io/<owner>/<repo>`, lower-cased. */
export function defaultImage(repository: string | undefined): string | undefined {
  return repository ? `ghcr.io/${repository.toLowerCase()}` : undefined;
}
