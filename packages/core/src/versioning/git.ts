/**
 * The git operations of a release: clean-tree and tag checks, the release commit, annotated tags and
 * an atomic push. git runs through execFile with argument arrays (never a shell string), behind a
 * GitRunner seam so tests can run real git in temporary repositories or record the calls.
 */
import { execFile } from 'node:child_process';
import { ConfigurationError } from '../errors/index.js';
import { basicCredentials } from '../http/index.js';

/** What one git invocation left behind. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `git <args>` in `cwd`, with `env` added to the environment; never throws for a non-zero exit. */
export type GitRunner = (
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
) => Promise<GitResult>;

/** Credentials for pushing to a GitHub server with a token (the workflow's GITHUB_TOKEN). */
export interface GitAuth {
  token: string;
  /** `https://github.com`, or a GitHub Enterprise Server URL. */
  serverUrl: string;
}

/** The identity commits and tags get when the repository has none (the one GitHub's own actions use). */
export const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

/** The real git, inheriting this process's environment; prompts are off so a missing credential fails fast. */
export const execGit: GitRunner = (args, options) =>
  new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT') {
          reject(
            new ConfigurationError(
              'git is not installed (or not on PATH); install git to commit, tag or push.',
            ),
          );
          return;
        }
        resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
      },
    );
  });

/** The user a GitHub token is sent as over HTTPS: the token is the password of Basic credentials. */
export const GIT_TOKEN_USERNAME = 'x-access-token';

/**
 * The `AUTHORIZATION` header value for a token, as actions/checkout writes it. The action masks its
 * credentials with the token, where it reads the token input (secretInput with GIT_TOKEN_USERNAME).
 */
export function basicAuthHeader(token: string): string {
  return `AUTHORIZATION: basic ${basicCredentials(GIT_TOKEN_USERNAME, token)}`;
}

/** Git operations on the repository that contains `cwd`. */
export class Git {
  /** `auth`, when given, is used for the commands that talk to the remote. */
  constructor(
    private readonly cwd: string,
    private readonly runner: GitRunner = execGit,
    private readonly auth?: GitAuth,
  ) {}

  private async run(args: string[], env?: Record<string, string>): Promise<GitResult> {
    return this.runner(args, { cwd: this.cwd, env });
  }

  private async check(args: string[], what: string, env?: Record<string, string>): Promise<string> {
    const result = await this.run(args, env);
    if (result.code !== 0) {
      throw new ConfigurationError(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
    }
    return result.stdout;
  }

  // The token goes in through GIT_CONFIG_* rather than `-c`, which would show it in the process list.
  // The empty first value resets extraheaders persisted by actions/checkout, so one header is sent.
  private remoteEnv(): Record<string, string> | undefined {
    if (!this.auth?.token) return undefined;
    const key = `http.${this.auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    return {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: basicAuthHeader(this.auth.token),
    };
  }

  /** Throws ConfigurationError unless `cwd` is inside a git work tree. */
  async ensureRepository(): Promise<void> {
    const result = await this.run(['rev-parse', '--is-inside-work-tree']);
    if (result.code !== 0 || result.stdout.trim() !== 'true') {
      throw new ConfigurationError(
        `${this.cwd} is not inside a git repository, so there is nothing to commit or tag; run git init, or drop commit/tag/push.`,
      );
    }
  }

  /** Tracked files with changes (staged or not), as `git status --porcelain` lists them; untracked files are ignored. */
  async changedFiles(): Promise<string[]> {
    const out = await this.check(['status', '--porcelain', '--untracked-files=no'], 'git status');
    return out.split('\n').filter((line) => line.trim() !== '');
  }

  /** True when the tag exists in the local repository. */
  async tagExists(tag: string): Promise<boolean> {
    return (await this.run(['rev-parse', '-q', '--verify', `refs/tags/${tag}`])).code === 0;
  }

  /** True when the tag exists on the remote `origin`. */
  async remoteTagExists(tag: string): Promise<boolean> {
    const out = await this.check(
      ['ls-remote', '--tags', 'origin', `refs/tags/${tag}`],
      'git ls-remote origin',
      this.remoteEnv(),
    );
    return out.trim() !== '';
  }

  /** Every tag of the repository (an empty list outside a git repository). */
  async tags(): Promise<string[]> {
    const result = await this.run(['tag', '--list']);
    return result.code === 0 ? result.stdout.split('\n').filter((t) => t !== '') : [];
  }

  // `-c user.*` only where the repository has no identity; GIT_AUTHOR_*/GIT_COMMITTER_* still win over it.
  private async identityArgs(): Promise<string[]> {
    const configured = async (key: string) => (await this.run(['config', key])).stdout.trim() !== '';
    const args: string[] = [];
    if (!(await configured('user.name'))) args.push('-c', `user.name=${BOT_IDENTITY.name}`);
    if (!(await configured('user.email'))) args.push('-c', `user.email=${BOT_IDENTITY.email}`);
    return args;
  }

  /** Commits exactly `files` (paths relative to `cwd`) with `message`; returns the new commit's SHA. */
  async commit(files: string[], message: string): Promise<string> {
    await this.check(['add', '--', ...files], 'git add');
    try {
      await this.check(
        [...(await this.identityArgs()), 'commit', '-m', message, '--', ...files],
        'git commit',
      );
    } catch (error) {
      // Leave the index as it was; the caller restores the files.
      await this.run(['reset', '-q', '--', ...files]);
      throw error;
    }
    return this.head();
  }

  /** Creates the annotated tag `tag` at HEAD. */
  async tag(tag: string, message: string): Promise<void> {
    await this.check([...(await this.identityArgs()), 'tag', '-a', tag, '-m', message], `git tag ${tag}`);
  }

  /** The SHA of HEAD. */
  async head(): Promise<string> {
    return (await this.check(['rev-parse', 'HEAD'], 'git rev-parse HEAD')).trim();
  }

  /** Pushes `refs` (`HEAD`, `refs/tags/v1.0`) to origin atomically: all of them or none. */
  async push(refs: string[]): Promise<void> {
    await this.check(['push', '--atomic', 'origin', ...refs], 'git push', this.remoteEnv());
  }
}
