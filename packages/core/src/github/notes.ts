/**
 * The release notes: the version's section of CHANGELOG.md, GitHub's generated notes since the previous
 * tag of the same format, or a given text. With no choice made, the changelog is used when it has the
 * version's section, else GitHub generates them.
 */
import { ConfigurationError } from '../errors/index.js';
import { changelogSection } from '../versioning/index.js';
import type { TagVersion } from './tag-version.js';

/** Where the notes come from. */
export const NOTES_SOURCES = ['changelog', 'generate', 'text'] as const;

/** One of NOTES_SOURCES. */
export type NotesSource = (typeof NOTES_SOURCES)[number];

/** GitHub's generate-notes, as far as the notes need it. */
export type GenerateNotes = (request: {
  tag_name: string;
  target_commitish?: string;
  previous_tag_name?: string;
}) => Promise<string>;

/** The notes chosen, with where they came from. */
export interface ReleaseNotes {
  source: NotesSource;
  body: string;
  /** For generated notes: the tag they start from (none: from the beginning of the history). */
  previousTag?: string;
  /** For changelog notes: the file read. */
  file?: string;
}

/** What the choice needs. */
export interface NotesRequest {
  /** The source asked for; undefined picks as described above. */
  source?: NotesSource;
  /** The text for `text`. */
  body?: string;
  tag: string;
  tagVersion?: TagVersion;
  targetCommitish?: string;
  /** The changelog's name (for messages) and text; text undefined when the file does not exist. */
  changelog: { file: string; text?: string };
  /** The previous tag of the same format, looked up only when notes are generated. */
  previousTag: () => Promise<string | undefined>;
  generate: GenerateNotes;
}

/** The source that will be used: the one asked for, else `text` when a body was given, else by the changelog. */
export function notesSource(
  request: Pick<NotesRequest, 'source' | 'body' | 'tagVersion' | 'changelog'>,
): NotesSource {
  if (request.source) return request.source;
  if (request.body !== undefined) return 'text';
  const { text } = request.changelog;
  const version = request.tagVersion?.version;
  return text !== undefined && version !== undefined && changelogSection(text, version) !== undefined
    ? 'changelog'
    : 'generate';
}

/**
 * Checks the combination without touching the network (so a mistake is reported before any call):
 * `text` needs a body, a body is only for `text`, `changelog` needs the file with the version's section.
 */
export function checkNotesRequest(
  request: Pick<NotesRequest, 'source' | 'body' | 'tag' | 'tagVersion' | 'changelog'>,
): NotesSource {
  const source = notesSource(request);
  if (source === 'text' && request.body === undefined) {
    throw new ConfigurationError("notes-from is 'text' but body is empty: give the notes in body.");
  }
  if (source !== 'text' && request.body !== undefined) {
    throw new ConfigurationError(
      `body is given but notes-from is '${source}', which would ignore it: set notes-from: text to use body.`,
    );
  }
  if (source === 'changelog') {
    const { file, text } = request.changelog;
    const version = request.tagVersion?.version;
    if (text === undefined) {
      throw new ConfigurationError(
        `notes-from is 'changelog' but ${file} does not exist: add it (keepachangelog.com), or use notes-from: generate.`,
      );
    }
    if (version === undefined) {
      throw new ConfigurationError(
        `notes-from is 'changelog' but the tag '${request.tag}' carries no version to find in ${file}: ` +
          'tag as v1.2.3 (or <name>-v1.2.3), or use notes-from: generate.',
      );
    }
    if (changelogSection(text, version) === undefined) {
      throw new ConfigurationError(
        `${file} has no section for ${version}: add a "## [${version}] - YYYY-MM-DD" heading with the changes ` +
          '(set-version moves the Unreleased section there), or use notes-from: generate.',
        { file },
      );
    }
  }
  return source;
}

/** The notes (the request is checked first, see checkNotesRequest). */
export async function releaseNotes(request: NotesRequest): Promise<ReleaseNotes> {
  const source = checkNotesRequest(request);
  if (source === 'text') return { source, body: request.body ?? '' };
  if (source === 'changelog') {
    const { file, text } = request.changelog;
    return { source, body: changelogSection(text ?? '', request.tagVersion?.version ?? '') ?? '', file };
  }
  const previousTag = await request.previousTag();
  const body = await request.generate({
    tag_name: request.tag,
    ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
    ...(previousTag ? { previous_tag_name: previousTag } : {}),
  });
  return { source, body, previousTag };
}
