/**
 * Registry login before the push. The password goes on stdin (`--password-stdin`), never in argv. On
 * GitHub the workflow token logs in to ghcr.io when no password is given, as docker/login-action
 * users do by hand; it needs `permissions: packages: write` to push.
 */
import type { Logger } from '../log/index.js';
import { type Exec, outputTail } from './exec.js';

/** The tool that logs in: docker for buildx, or buildah / podman (same CLI). */
export type LoginTool = 'docker' | 'buildah' | 'podman';

/** Credentials for one registry. */
export interface RegistryLogin {
  registry: string;
  username: string;
  password: string;
}

/** The argv of a login, the same for docker, buildah and podman (the password is sent on stdin). */
export function loginArgs(login: Omit<RegistryLogin, 'password'>): string[] {
  return ['login', '--username', login.username, '--password-stdin', login.registry];
}

/** The sentence every push or login failure ends with, naming what the token needs on GHCR. */
export function pushPermissionHint(registry: string): string {
  return registry === 'ghcr.io'
    ? 'On ghcr.io the job needs `permissions: packages: write`, and a package that already exists must grant this repository Write access (package settings → Manage Actions access).'
    : `Check that credentials for ${registry} are given (username and password) and may push there.`;
}

/** Logs in; a refused login throws with the registry, the tool's words and what to check. */
export async function registryLogin(
  exec: Exec,
  tool: LoginTool,
  login: RegistryLogin,
  options: { env?: NodeJS.ProcessEnv; logger: Logger },
): Promise<void> {
  options.logger.info(`Logging in to ${login.registry} as ${login.username} (${tool}).`);
  const result = await exec(tool, loginArgs(login), { env: options.env, input: login.password });
  if (result.code !== 0) {
    throw new Error(
      `${tool} login to ${login.registry} as ${login.username} failed:\n${outputTail(result.output, 6)}\n${pushPermissionHint(login.registry)}`,
    );
  }
}
