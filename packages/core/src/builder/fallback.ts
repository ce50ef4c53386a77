/**
 * The versions a tag-deriving build writes when it did not find the tag: setuptools' `0.0.0` when no
 * plugin ran, setuptools-scm's and hatch-vcs' `0.1.devN+g<commit>` when no tag is reachable and
 * `X.Y.(Z+1).devN+g<commit>` N commits after one, dunamai's `0.0.0.postN.devM+<commit>`, and a
 * `.d<date>` local part for uncommitted changes. Each has its own cause and fix, so a mismatch is
 * explained by its cause rather than with "set the version".
 */
import type { TagDerivedVersion } from '../pyproject/types.js';
import { tryParseVersion } from '../pep440/index.js';
import type { CheckoutState } from './checkout.js';

/** The distribution that provides each tag-deriving version source (pyproject's `tool` names). */
export const PLUGIN_DISTRIBUTIONS: Readonly<Record<string, string>> = {
  'setuptools-scm': 'setuptools-scm',
  'hatch-vcs': 'hatch-vcs',
  versioningit: 'versioningit',
  'uv-dynamic-versioning': 'uv-dynamic-versioning',
  'poetry-dynamic-versioning': 'poetry-dynamic-versioning',
  'pdm-backend scm': 'pdm-backend',
};

/** How a produced version reads as a plugin's fallback. */
export interface FallbackShape {
  /**
   * `placeholder`: 0.0.0, no plugin ran; `untagged`: no tag reachable from the commit; `after-tag`:
   * commits after the last tag; undefined when only `dirty` applies.
   */
  kind?: 'placeholder' | 'untagged' | 'after-tag';
  /** A `.d<date>` local part: tracked files had uncommitted changes. */
  dirty: boolean;
  /** Commits since the tag (or since the first commit), from `.devN` / `.postN`. */
  distance?: number;
}

// setuptools-scm / hatch-vcs write `g<commit>` and `d<YYYYMMDD>`; dunamai the bare commit and `dirty`.
const NODE = /^g[0-9a-f]{4,}$/;
const BARE_NODE = /^[0-9a-f]{7,}$/;
const DATE = /^d\d{8,14}$/;

/** The fallback `version` is, or undefined for an ordinary version. */
export function fallbackShape(version: string): FallbackShape | undefined {
  const v = tryParseVersion(version);
  if (!v) return undefined;
  const local = (v.local ?? []).map(String);
  const dirty = local.some((part) => DATE.test(part) || part === 'dirty');
  // `d20260101` is hex too: a date is never the commit.
  const node = local.some((part) => NODE.test(part) || (BARE_NODE.test(part) && !DATE.test(part)));
  const zero = v.release.every((n) => n === 0);
  const counted = v.dev !== undefined || v.post !== undefined;
  const distance = v.post ?? v.dev;
  if (zero && !v.pre && !counted && local.length === 0) return { kind: 'placeholder', dirty: false };
  const guessedFromNothing = v.release.length === 2 && v.release[0] === 0 && v.release[1] === 1;
  if ((guessedFromNothing && v.dev !== undefined) || (zero && counted)) {
    return { kind: 'untagged', dirty, distance };
  }
  if (node && counted) return { kind: 'after-tag', dirty, distance };
  return dirty ? { dirty } : undefined;
}

/** What is known about the build that produced the version. */
export interface FallbackContext {
  /** The tag-deriving version source, when the package has one. */
  plugin?: TagDerivedVersion;
  /** False: built without isolation and the plugin is not installed in `python`. */
  pluginInstalled?: boolean;
  /** False: the plugin is not among the package's [build-system] requires. */
  pluginDeclared?: boolean;
  isolation: boolean;
  /** The interpreter of a build without isolation. */
  python?: string;
  checkout?: CheckoutState;
  /** The release tags on the commit being built. */
  headTags?: readonly string[];
  /** The package's manifest, for "add it to requires". */
  manifest: string;
}

const FETCH_FIX =
  'check out with `actions/checkout` and `fetch-depth: 0` (all history and tags), or run ' +
  '`git fetch --tags --unshallow` before building';

function pluginName(context: FallbackContext): string {
  return context.plugin?.tool ?? 'setuptools-scm and hatch-vcs';
}

function placeholder(version: string, context: FallbackContext): string {
  const tool = context.plugin?.tool;
  if (!tool) {
    return (
      `${version} is the placeholder a build backend writes when nothing supplied a version. If the package ` +
      'takes its version from a git tag, its version plugin (setuptools-scm, hatch-vcs, …) did not run: declare ' +
      `it in [build-system] requires of ${context.manifest} and install it. If the version is written in a file, set it there.`
    );
  }
  const dist = PLUGIN_DISTRIBUTIONS[tool] ?? tool;
  const at = `${context.plugin!.file}:${context.plugin!.line}`;
  const head = `${version} is the placeholder the backend writes when no version plugin ran: the package takes its version from the git tag through ${tool} (${at}), and ${tool} did not run`;
  if (!context.isolation && context.pluginInstalled === false) {
    return (
      `${head} because ${dist} is not installed in ${context.python ?? 'the build interpreter'}, and a build without isolation ` +
      `uses only what that interpreter has. Fix: install it there (\`${context.python ?? 'python'} -m pip install ${dist}\`)` +
      `${context.pluginDeclared === false ? `, and add "${dist}" to [build-system] requires in ${context.manifest} so every build gets it` : ''}.`
    );
  }
  if (context.pluginDeclared === false) {
    return (
      `${head} because "${dist}" is not in [build-system] requires of ${context.manifest}, so an isolated build never installs it. ` +
      `Fix: add "${dist}" to requires.`
    );
  }
  return `${head}. Fix: make sure ${dist} is installed for the build and declared in [build-system] requires of ${context.manifest}.`;
}

function untagged(version: string, context: FallbackContext): string {
  const checkout = context.checkout;
  const head = `${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} when no tag is reachable from the commit being built`;
  let cause: string;
  if (!checkout) cause = 'the checkout is shallow or lacks tags';
  else if (checkout.shallow && checkout.tagCount === 0)
    cause =
      'the checkout is shallow and has no tags (actions/checkout fetches one commit and no tags unless told otherwise)';
  else if (checkout.shallow)
    cause =
      "the checkout is shallow, so the tagged commit is not in it (actions/checkout's default `fetch-depth: 1`)";
  else if (checkout.tagCount === 0) cause = 'the checkout has no tags (they were not fetched)';
  else {
    return (
      `${head}, yet the clone is complete and has ${checkout.tagCount} tag(s): none of them that the plugin reads as a version ` +
      'is on the history of HEAD. Fix: tag the commit being built, or, for tags such as `mypkg-v1.2.3`, configure the ' +
      "plugin's tag pattern (setuptools-scm `tag_regex`, hatch-vcs `tag-pattern`)."
    );
  }
  return `${head}: ${cause}. Fix: ${FETCH_FIX}.`;
}

function afterTag(version: string, expected: string, shape: FallbackShape, context: FallbackContext): string {
  const commits = shape.distance === undefined ? 'some commits' : `${shape.distance} commit(s)`;
  const onHead = context.headTags?.length
    ? ` HEAD carries ${context.headTags.join(', ')}, which ${pluginName(context)} did not take: check the plugin's tag pattern.`
    : '';
  return (
    `${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} ${commits} after the last tag it found: ` +
    `the tag for ${expected} is not on the commit being built.${onHead} Fix: tag the commit being built ` +
    '(and push the tag), or build the commit the tag points at.'
  );
}

function dirty(context: FallbackContext): string {
  const changed = context.checkout?.changed ?? [];
  const list =
    changed.length === 0
      ? ''
      : ` (now: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, and ${changed.length - 5} more` : ''})`;
  return (
    `The \`d<date>\` part means tracked files had uncommitted changes when the plugin ran${list}. ` +
    'Fix: build from a clean checkout: commit the changes, or keep earlier steps from editing tracked files.'
  );
}

/**
 * Why a tag-deriving build wrote `version` instead of `expected`, and the fix; undefined when `version`
 * is not a fallback.
 */
export function explainFallback(
  version: string,
  expected: string,
  context: FallbackContext,
): string | undefined {
  const shape = fallbackShape(version);
  if (!shape) return undefined;
  const parts: string[] = [];
  if (shape.kind === 'placeholder') parts.push(placeholder(version, context));
  if (shape.kind === 'untagged') parts.push(untagged(version, context));
  if (shape.kind === 'after-tag') parts.push(afterTag(version, expected, shape, context));
  if (shape.dirty) parts.push(dirty(context));
  return parts.join(' ');
}
