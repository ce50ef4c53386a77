/** The git steps set-version takes after writing, and the rule for combining them. */

/** Which git steps to take: commit the changed files, tag the commit, push both. */
export interface GitSteps {
  commit: boolean;
  tag: boolean;
  push: boolean;
}

/** How a caller names the steps in its messages: `--push` (CLI), `Input 'push'` (action). */
export type GitStepNames = Readonly<Record<keyof GitSteps, string>>;

const OPTION_NAMES: GitStepNames = { commit: 'commit', tag: 'tag', push: 'push' };

/**
 * Why the steps cannot be taken together (a push with nothing to push), in the caller's words;
 * undefined when they can. The action and the CLI ask before anything runs, and setVersion refuses it.
 */
export function gitStepsProblem(steps: GitSteps, names: GitStepNames = OPTION_NAMES): string | undefined {
  if (steps.push && !steps.commit && !steps.tag) {
    return `${names.push} needs something to push: set ${names.commit} and/or ${names.tag} too.`;
  }
  return undefined;
}
