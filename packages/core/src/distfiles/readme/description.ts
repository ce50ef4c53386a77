/**
 * The description checks as twine check makes them, plus PyPI's: which type PyPI will render the
 * description as, whether it is missing, and turning docutils' messages into findings that name the
 * docutils version that rendered.
 */
import { type Finding, finding } from '../findings.js';
import { isCurrentDocutils, PYPI_DOCUTILS_VERSION } from './docutils.js';
import type { RstRendering } from './rst-renderer.js';
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

/** How to get PyPI's docutils: make our install work, or give the check a Python that has one. */
function howToGetCurrent(privateDir: string | undefined): string {
  const target = privateDir ?? '<cache>';
  return `run \`python -m pip install --target ${target} docutils==${PYPI_DOCUTILS_VERSION}\` where pip can reach a package index (the check does this itself when it can), or install docutils>=${PYPI_DOCUTILS_VERSION} for a Python and point the \`python\` input (--python) at it`;
}

/** "docutils X rendered it", and how that relates to PyPI's. */
function renderedBy(docutils: string): string {
  return docutils === PYPI_DOCUTILS_VERSION
    ? `docutils ${docutils} rendered it, as PyPI does.`
    : `docutils ${docutils} rendered it; PyPI runs ${PYPI_DOCUTILS_VERSION}.`;
}

/**
 * Findings from rendering one RST description: D003 when a docutils at least as new as PyPI's rejects
 * it, D005 (a notice) when only an older one was available and rejects it — PyPI's may well render
 * it, so a release must not fail on it — and D004 when nothing could render it.
 */
export function renderedDescriptionFindings(
  render: { ok: boolean; messages: string } | undefined,
  rendering: RstRendering,
): Finding[] {
  const { renderer } = rendering;
  if (!render || !renderer) {
    return [
      finding(
        README_RULES.D004,
        `The description is reStructuredText (or has no content type) and was not rendered: no Python with docutils was found (tried ${rendering.tried.join(', ') || 'none'}).`,
        `install docutils for the Python the check uses (\`pip install "docutils>=${PYPI_DOCUTILS_VERSION}"\`), or set the \`python\` input (--python); or switch the README to Markdown`,
      ),
    ];
  }
  if (render.ok) return [];
  const details = translateDocutilsMessages(render.messages) || 'No content rendered from RST source.';
  if (!isCurrentDocutils(renderer.docutils)) {
    return [
      finding(
        README_RULES.D005,
        `docutils ${renderer.docutils} (older than PyPI's ${PYPI_DOCUTILS_VERSION}) rejected the description; PyPI's docutils may render it, so this does not fail the file.\n${details}`,
        `to check it as PyPI does, ${howToGetCurrent(rendering.privateDir)}; if the markup is really wrong, fix it at the lines named`,
      ),
    ];
  }
  return [
    finding(
      README_RULES.D003,
      `\`long_description\` has syntax errors in markup and would not be rendered on PyPI.\n${details}\n${renderedBy(renderer.docutils)}`,
      'fix the markup at the lines named in the README the backend reads (`readme` in [project]); check it locally with `python -m readme_renderer README.rst`',
    ),
  ];
}

/** What the run could not do as PyPI does: render at all, or render with PyPI's docutils. */
export function rstRenderingNotes(rendering: RstRendering): string[] {
  const { renderer, problem } = rendering;
  if (!renderer) {
    const install = problem
      ? `, and docutils ${PYPI_DOCUTILS_VERSION} could not be installed: ${problem}`
      : '';
    return [
      `reStructuredText descriptions were not rendered: none of ${rendering.tried.join(', ') || 'the interpreters'} could import docutils${install}.`,
    ];
  }
  if (isCurrentDocutils(renderer.docutils)) return [];
  const why = problem ?? `no docutils ${PYPI_DOCUTILS_VERSION} was available`;
  return [
    `reStructuredText was rendered with docutils ${renderer.docutils} (${renderer.python}), older than PyPI's ${PYPI_DOCUTILS_VERSION}: ${why}. A description only it rejects is a notice (D005), not an error. To render as PyPI does, ${howToGetCurrent(rendering.privateDir)}.`,
  ];
}
