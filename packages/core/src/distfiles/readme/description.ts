/**
 * The description checks as twine check makes them, plus PyPI's: which type PyPI will render the
 * description as, whether it is missing, and turning readme_renderer's docutils messages into findings.
 */
import { type Finding, finding } from '../findings.js';
import { README_RULES } from './rules.js';

/** The two metadata fields the description checks read. */
export interface DescriptionFields {
  description?: string;
  descriptionContentType?: string;
}

/** What the first pass decides: findings so far, and the RST text to render when there is one. */
export interface DescriptionPlan {
  findings: Finding[];
  rst?: string;
}

const README_FIX =
  'set `readme = "README.md"` (or .rst) in [project] of pyproject.toml, so the backend writes the text and its content type';

/** twine's first pass: missing type (→ rendered as RST), missing text, and whether to render. */
export function planDescription(fields: DescriptionFields): DescriptionPlan {
  const findings: Finding[] = [];
  const type = fields.descriptionContentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) {
    findings.push(
      finding(
        README_RULES.D002,
        '`long_description_content_type` missing. defaulting to `text/x-rst`.',
        `${README_FIX}; with setuptools' setup.py pass long_description_content_type`,
      ),
    );
  }
  const text = fields.description ?? '';
  if (text.trim() === '' || text.trimEnd() === 'UNKNOWN') {
    findings.push(finding(README_RULES.D001, '`long_description` missing.', README_FIX));
    return { findings };
  }
  // twine and PyPI render only RST (also the default for a missing or unknown type); Markdown and
  // plain text "cannot fail" for twine.
  const rendersAsRst = !type || (type !== 'text/markdown' && type !== 'text/plain');
  return rendersAsRst ? { findings, rst: text } : { findings };
}

/** docutils' `<string>:N: (LEVEL/n) msg` lines as twine prints them: `line N: Level: msg`. */
export function translateDocutilsMessages(messages: string): string {
  return messages
    .replace(/<string>:(\d+): \((\w+)\/\d+\) /g, (_m, line: string, level: string) => {
      const name = level.charAt(0) + level.slice(1).toLowerCase();
      return `line ${line}: ${name}: `;
    })
    .trim();
}

/** Findings from rendering the RST: D003 when PyPI would not render it, D004 when it was not rendered. */
export function renderedDescriptionFindings(
  render: { ok: boolean; messages: string } | undefined,
  python: string | undefined,
): Finding[] {
  if (!render) {
    return [
      finding(
        README_RULES.D004,
        `The description is reStructuredText (or has no content type) and was not rendered: readme_renderer is not importable${python ? ` by ${python}` : ' by any Python found'}.`,
        'install readme_renderer for the Python the check uses (`pip install readme_renderer`, or Debian `python3-readme-renderer`), or set the `python` input; or switch the README to Markdown',
      ),
    ];
  }
  if (render.ok) return [];
  const details = translateDocutilsMessages(render.messages) || 'No content rendered from RST source.';
  return [
    finding(
      README_RULES.D003,
      `\`long_description\` has syntax errors in markup and would not be rendered on PyPI.\n${details}`,
      'fix the markup at the lines named in the README the backend reads (`readme` in [project]); check it locally with `python -m readme_renderer README.rst`',
    ),
  ];
}
