/**
 * The one place a check runs Python: rendering reStructuredText with docutils, which has no faithful
 * JavaScript equivalent, with the settings PyPI's renderer (readme_renderer 45.0) uses — so that
 * readme_renderer itself is not needed, only docutils, preferably PyPI's version (see docutils.ts).
 * One process renders every description of a run, and only runs when there is RST to render.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  type DocutilsInstaller,
  installedDocutils,
  isCurrentDocutils,
  PYPI_DOCUTILS_VERSION,
} from './docutils.js';

// Kept dependency-free (docutils aside): it must run on any Python 3 the user has. It answers in two
// lines of JSON: the version of the interpreter's own docutils, then — once told whether to put the
// private directory first on sys.path — the renders.
//
// The settings are readme_renderer 45.0's: warnings halt the render (halt_level 2) and nothing is
// reported below that (report_level 5); no file inclusion and no raw HTML; the title and subtitle
// transforms, headings from h2, smart quotes, comments dropped, short syntax-highlight classes, field
// names of any width, MathJax math (a dummy URL keeps docutils from warning), section self-links and
// the user-content- id prefix; the HTML5 writer. An empty rendering fails with readme_renderer's text.
const SCRIPT = String.raw`
import io, json, sys

def send(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()

def forget_docutils():
    for name in [n for n in sys.modules if n == "docutils" or n.startswith("docutils.")]:
        del sys.modules[name]

# Only the package itself is imported here (cheap); the parser and writer wait for the request.
try:
    import docutils
    own = docutils.__version__
except Exception:
    own = None
send({"docutils": own})

# The request comes in lines: first the settings, then one description per line as the check reads
# them, so rendering runs while the archives are still being read; end of input ends the request.
request = json.loads(sys.stdin.buffer.readline().decode("utf-8") or "null")
if not request:
    sys.exit(0)
if request.get("path"):
    forget_docutils()
    sys.path.insert(0, request["path"])
out = {"docutils": None, "renders": {}}
try:
    import docutils
    from docutils.core import publish_parts
    from docutils.utils import SystemMessage
    from docutils.writers.html5_polyglot import HTMLTranslator, Writer
except Exception as error:
    out["error"] = repr(error)
    send(out)
    sys.exit(0)
out["docutils"] = docutils.__version__
out["location"] = docutils.__path__[0]

class Translator(HTMLTranslator):
    # With file insertion off, docutils cannot open an image to apply :scale: and warns, which
    # halt_level 2 would make fatal; PyPI's renderer skips the lookup and keeps the natural size.
    def read_size_with_PIL(self, node):
        return None

SETTINGS = {
    "cloak_email_addresses": True,
    "doctitle_xform": True,
    "sectsubtitle_xform": True,
    "initial_header_level": 2,
    "file_insertion_enabled": False,
    "halt_level": 2,
    "math_output": "MathJax /dummy.js",
    "raw_enabled": False,
    "report_level": 5,
    "smart_quotes": True,
    "strip_comments": True,
    "syntax_highlight": "short",
    "field_name_limit": 0,
    "section_self_link": True,
    "id_prefix": "user-content-",
}

for line in sys.stdin.buffer:
    if not line.strip():
        continue
    item = json.loads(line.decode("utf-8"))
    key, text = item["key"], item["text"]
    stream = io.StringIO()
    writer = Writer()
    writer.translator_class = Translator
    html = ""
    try:
        parts = publish_parts(text, writer=writer, settings_overrides=dict(SETTINGS, warning_stream=stream))
        html = parts.get("docinfo", "") + parts.get("fragment", "")
    except SystemMessage:
        pass
    except Exception as error:
        stream.write(repr(error))
    if not html and not stream.tell():
        stream.write("No content rendered from RST source.")
    out["renders"][key] = {"ok": bool(html), "messages": stream.getvalue()}
send(out)
`;

/** What rendered the descriptions, as the report names it. */
export interface RstRenderer {
  /** The interpreter. */
  python: string;
  /** docutils' own `__version__`. */
  docutils: string;
  /** The docutils package directory that was imported. */
  location: string;
}

/** The outcome of rendering a run's RST descriptions. */
export interface RstRendering {
  /** Undefined when no interpreter could import docutils. */
  renderer?: RstRenderer;
  /** Per key of the request: whether the text rendered, and docutils' messages. */
  renders: Map<string, { ok: boolean; messages: string }>;
  /** Interpreters tried, in order. */
  tried: string[];
  /** Why PyPI's docutils was not available, when the renderer's is older (or there was none). */
  problem?: string;
  /** The installer's directory, where PyPI's docutils goes, when there is an installer. */
  privateDir?: string;
}

/**
 * Descriptions handed to renderRst while it runs: the check pushes each file's as soon as its
 * metadata is read, so that Python renders them while the archives are still being hashed, instead
 * of after all of them. Every pushed text is kept, so that a second interpreter can be given them all.
 */
export class RstFeed {
  private readonly items: [string, string][] = [];
  private closed = false;
  private waiting: (() => void)[] = [];

  /** Adds the text to render under `key`. */
  push(key: string, text: string): void {
    if (this.closed) throw new Error('RstFeed: push after close');
    this.items.push([key, text]);
    this.wake();
  }

  /** No more texts come. */
  close(): void {
    this.closed = true;
    this.wake();
  }

  /** Every text, from the first, as it arrives; ends once the feed is closed. */
  async *entries(): AsyncGenerator<[string, string]> {
    for (let i = 0; ; i++) {
      while (i >= this.items.length) {
        if (this.closed) return;
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
      yield this.items[i]!;
    }
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/** Where renderRst looks for Python and a current docutils. */
export interface RstRenderOptions {
  /** Interpreters to try, in order (see pythonCandidates). */
  candidates: readonly string[];
  /** Installs PyPI's docutils when an interpreter's is older; without it the interpreter's is used. */
  installer?: DocutilsInstaller;
}

interface Answer {
  docutils: string | null;
  location?: string;
  error?: string;
  renders: Record<string, { ok: boolean; messages: string }>;
}

/** A started interpreter: its own docutils version first, then the renders once asked. */
interface Started {
  /** The version of its own docutils (null: none importable); undefined when it did not run. */
  own: Promise<string | null | undefined>;
  render(texts: RstFeed, path: string | undefined): Promise<Answer | undefined>;
  cancel(): void;
}

function start(python: string): Started {
  const lines: Promise<string | undefined>[] = [];
  const settle: ((line: string | undefined) => void)[] = [];
  for (let i = 0; i < 2; i++) lines.push(new Promise((resolve) => settle.push(resolve)));
  let child: ReturnType<typeof spawn> | undefined;
  try {
    // -I: the project's own files (a docutils/ folder in the working directory, PYTHONPATH) stay out.
    child = spawn(python, ['-I', '-c', SCRIPT], { stdio: ['pipe', 'pipe', 'ignore'] });
    const c = child;
    let received = 0;
    createInterface({ input: c.stdout!, crlfDelay: Infinity }).on('line', (line) => {
      if (received < settle.length) settle[received++]!(line);
    });
    const ended = () => settle.forEach((s) => s(undefined));
    c.on('error', ended);
    c.on('close', ended);
    c.stdin!.on('error', () => undefined);
  } catch {
    settle.forEach((s) => s(undefined));
  }
  return {
    own: lines[0]!.then((line) => parse<{ docutils: string | null }>(line)?.docutils),
    render: async (texts, path) => {
      const stdin = child?.stdin;
      if (stdin) {
        stdin.write(`${JSON.stringify({ path: path ?? null })}\n`);
        for await (const [key, text] of texts.entries()) {
          if (stdin.writableEnded || stdin.destroyed) break;
          stdin.write(`${JSON.stringify({ key, text })}\n`);
        }
        stdin.end();
      }
      return parse<Answer>(await lines[1]!);
    },
    cancel: () => child?.stdin?.end('null\n'),
  };
}

function parse<T>(line: string | undefined): T | undefined {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
}

type Outcome =
  { renderer: RstRenderer; renders: Map<string, { ok: boolean; messages: string }> } | { error: string };

async function finish(
  started: Started,
  python: string,
  texts: RstFeed,
  path: string | undefined,
): Promise<Outcome> {
  const answer = await started.render(texts, path);
  if (!answer?.docutils) return { error: answer?.error ?? `${python} stopped before answering` };
  return {
    renderer: { python, docutils: answer.docutils, location: answer.location ?? '' },
    renders: new Map(Object.entries(answer.renders)),
  };
}

/**
 * Renders `texts` (by key) with the first interpreter whose docutils is at least PyPI's — its own, or
 * PyPI's from the installer's directory, installed once when missing — and otherwise with the first
 * older docutils found, saying why in `problem`. A feed is rendered as it fills; the answer comes
 * once it is closed.
 */
export async function renderRst(
  source: Map<string, string> | RstFeed,
  options: RstRenderOptions,
): Promise<RstRendering> {
  let texts = source;
  if (!(texts instanceof RstFeed)) {
    texts = new RstFeed();
    for (const [key, text] of source as Map<string, string>) texts.push(key, text);
    texts.close();
  }
  const { installer } = options;
  const tried: string[] = [];
  const where = installer ? { privateDir: installer.dir } : {};
  let problem: string | undefined;
  let installAttempted = false;
  // The first interpreter with an older docutils, kept waiting in case nothing better turns up.
  let fallback: { python: string; started: Started } | undefined;
  const privateReady = () => installer !== undefined && isCurrentDocutils(installedDocutils(installer.dir));
  const result = (outcome: Outcome): RstRendering | undefined => {
    if ('error' in outcome) return undefined;
    return { ...outcome, tried, ...where, ...(problem ? { problem } : {}) };
  };

  for (const python of [...new Set(options.candidates)]) {
    tried.push(python);
    const started = start(python);
    const own = await started.own;
    if (own === undefined) continue; // it did not run
    // A started interpreter renders once: `used` says its one request is spent.
    let used = false;
    let rendered: RstRendering | undefined;
    if (isCurrentDocutils(own ?? undefined)) {
      used = true;
      rendered = result(await finish(started, python, texts, undefined));
    } else if (installer) {
      if (!privateReady() && !installAttempted) {
        installAttempted = true;
        const installed = await installer.install(python);
        if (!installed.ok) problem = installed.reason;
      }
      if (privateReady()) {
        used = true;
        const outcome = await finish(started, python, texts, installer.dir);
        rendered = result(outcome);
        // The private copy does not import here (a Python older than docutils supports, say).
        if ('error' in outcome) {
          problem = `docutils ${PYPI_DOCUTILS_VERSION} in ${installer.dir} could not be imported by ${python}: ${outcome.error}`;
          if (own && !fallback) fallback = { python, started: start(python) };
        }
      }
    }
    if (rendered) {
      fallback?.started.cancel();
      return rendered;
    }
    if (used) continue;
    if (own && !fallback) fallback = { python, started };
    else started.cancel();
  }
  if (fallback) {
    const rendered = result(await finish(fallback.started, fallback.python, texts, undefined));
    if (rendered) return rendered;
  }
  return { renders: new Map(), tried, ...where, ...(problem ? { problem } : {}) };
}

/** Interpreters to try, in order: an explicit one, else python3/python on PATH, then the system's. */
export function pythonCandidates(explicit?: string): string[] {
  if (explicit) return [explicit];
  const list = ['python3', 'python'];
  if (process.platform !== 'win32') list.push('/usr/bin/python3');
  else list.push('py');
  return list;
}
