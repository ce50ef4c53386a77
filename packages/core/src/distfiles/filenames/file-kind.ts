/**
 * What kind of distribution a file name says it is, and the checks PyPI runs on every uploaded file
 * name before looking inside (Warehouse's `_validate_filename`, and the length it can store).
 */
import { type Finding, finding } from '../findings.js';
import { pyRepr, utf8Length } from '../python-text.js';
import { NAME_RULES } from './rules.js';

/** A distribution kind twine and PyPI accept. */
export type DistKind = 'wheel' | 'sdist';

const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527';
const WAREHOUSE_BAD_EXTENSION = `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527} and https://peps.python.org/pep-0715/ for more information`;
const BUILD_FIX =
  'build the distributions with a PEP 517 frontend (`python -m build` or `uv build`), which writes a .whl wheel ' +
  'and a .tar.gz sdist, and publish only those files';

// Why a known legacy format is refused, so the message says more than "unknown".
const LEGACY_FORMATS: readonly [RegExp, string][] = [
  [/\.egg$/i, 'eggs are no longer accepted by PyPI (PEP 715)'],
  [/\.(exe|msi)$/i, 'bdist_wininst/bdist_msi installers are no longer accepted by PyPI (PEP 527)'],
  [
    /\.(tar\.bz2|tar\.xz|tar\.z|tgz|tbz|tar)$/i,
    'PEP 527 allows only .tar.gz and .zip sdists, and PyPI now requires .tar.gz (PEP 625)',
  ],
  [/\.(rpm|deb|dmg)$/i, 'PyPI accepts only wheels and sdists'],
];

/** The kind twine infers from the extension (case-sensitive, as twine's check is), or undefined. */
export function distKindOf(filename: string): DistKind | undefined {
  if (filename.endsWith('.whl')) return 'wheel';
  if (filename.endsWith('.tar.gz') || filename.endsWith('.zip')) return 'sdist';
  return undefined;
}

/** The kind, or the F003 finding twine and PyPI give for any other extension. */
export function checkDistKind(filename: string): { kind?: DistKind; findings: Finding[] } {
  const kind = distKindOf(filename);
  if (kind) return { kind, findings: [] };
  let why = LEGACY_FORMATS.find(([re]) => re.test(filename))?.[1];
  if (!why && /\.(whl|tar\.gz|zip)$/i.test(filename)) {
    why = 'the extension is matched case-sensitively: write it in lower case';
  }
  const message =
    `Unknown distribution format: ${pyRepr(filename)} (twine check stops at this file). ` +
    `PyPI: "${WAREHOUSE_BAD_EXTENSION}"${why ? ` — ${why}` : ''}.`;
  return { findings: [finding(NAME_RULES.F003, message, BUILD_FIX)] };
}

// Warehouse writes the upload to a temporary file of the same name, and for a wheel also
// `<name>.metadata`; names are limited to 255 bytes on its file system.
const NAME_MAX = 255;

/** F001, F002 and F009: characters PyPI refuses in any file name, and the length it can store. */
export function checkFilenameBasics(filename: string, kind: DistKind): Finding[] {
  const findings: Finding[] = [];
  if (/[\x00-\x1f\x7f]/.test(filename)) {
    findings.push(
      finding(
        NAME_RULES.F001,
        `${pyRepr(filename)}: ${NAME_RULES.F001.title}`,
        'remove control characters from the project name or version, then rebuild',
      ),
    );
  }
  if (/[/\\]/.test(filename)) {
    findings.push(
      finding(
        NAME_RULES.F002,
        `${pyRepr(filename)}: ${NAME_RULES.F002.title}`,
        'pass the bare file name of the distribution (no directory part) and rebuild if the name itself holds a slash',
      ),
    );
  }
  const bytes = utf8Length(filename);
  const fix =
    'shorten the project name, the version (e.g. its local label) or the wheel tags so the file name fits; ' +
    'long names usually come from a long local version (+…)';
  if (kind === 'wheel' && utf8Length(`${filename}.metadata`) > NAME_MAX) {
    findings.push(
      finding(
        NAME_RULES.F009,
        `Filename is too long: '${filename}' (PyPI stores the wheel's METADATA as '<file name>.metadata', which must ` +
          `fit in ${NAME_MAX} bytes, so a wheel name may have at most ${NAME_MAX - '.metadata'.length} bytes; this one has ${bytes})`,
        fix,
      ),
    );
  } else if (bytes > NAME_MAX) {
    findings.push(
      finding(
        NAME_RULES.F009,
        `${pyRepr(filename)} is ${bytes} bytes long; PyPI writes each upload to a file of that name, ` +
          `which is limited to ${NAME_MAX} bytes, so the upload fails`,
        fix,
      ),
    );
  }
  return findings;
}
