/**
 * The one place we run Python during a check: readme_renderer renders reStructuredText exactly as PyPI
 * does (docutils at halt_level 2), and trove_classifiers holds PyPI's classifier list. Neither has a
 * faithful JavaScript equivalent, so one Python process per check run does both, for all files at once.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** What the probe learnt from one interpreter. */
export interface PythonProbeResult {
  /** The interpreter that answered. */
  python?: string;
  /** readme_renderer's version when importable. */
  readmeRenderer?: string;
  /** PyPI's classifier list when trove_classifiers is importable. */
  classifiers?: { valid: ReadonlySet<string>; deprecated: ReadonlyMap<string, readonly string[]> };
  /** Per key of the request: whether the RST rendered and docutils' messages. */
  renders: Map<string, { ok: boolean; messages: string }>;
}

/** The request: RST texts by key, and whether the classifier list is wanted. */
export interface PythonProbeRequest {
  rst: Map<string, string>;
  classifiers: boolean;
}

// Kept small and dependency-free: it must run on any Python 3 the user has. It answers in two lines
// of JSON: the classifier list at once (while Node is still reading the archives, on the other
// core), then the RST renders once the request came, so that Node waits only when there is RST.
const SCRIPT = String.raw`
import io, json, sys
def send(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()
classifiers = None
try:
    import trove_classifiers as tc
    classifiers = {"valid": sorted(tc.classifiers),
                   "deprecated": {k: list(v) for k, v in tc.deprecated_classifiers.items()}}
except Exception:
    pass
send(classifiers)
req = json.load(sys.stdin)
if not req or not req["rst"]:
    sys.exit(0)
out = {"readme_renderer": None, "renders": {}}
rst = None
# Imported only when there is RST to render: docutils costs more than the rest of the run.
try:
    import readme_renderer.rst as rst
    try:
        from importlib.metadata import version
        out["readme_renderer"] = version("readme_renderer")
    except Exception:
        out["readme_renderer"] = "unknown"
except Exception:
    rst = None
if rst is not None:
    for key, text in req["rst"].items():
        stream = io.StringIO()
        try:
            html = rst.render(text, stream=stream)
        except Exception as e:
            html = None
            stream.write(repr(e))
        out["renders"][key] = {"ok": html is not None, "messages": stream.getvalue()}
send(out)
`;

type RawClassifiers = { valid: string[]; deprecated: Record<string, string[]> } | null;

interface RawProbe {
  readme_renderer: string | null;
  classifiers: RawClassifiers;
  renders: Record<string, { ok: boolean; messages: string }>;
}

/** A started interpreter waiting for its request on stdin (start-up overlaps our reading of archives). */
interface Started {
  answer: (input: string, wantsRst: boolean) => Promise<RawProbe | undefined>;
  cancel: () => void;
}

function start(python: string): Started {
  let child: ReturnType<typeof spawn> | undefined;
  // The answer's lines as they arrive; undefined for each line the process ended without.
  const lines: Promise<string | undefined>[] = [];
  const settle: ((line: string | undefined) => void)[] = [];
  for (let i = 0; i < 2; i++) lines.push(new Promise((resolve) => settle.push(resolve)));
  try {
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
    answer: async (input, wantsRst) => {
      child?.stdin?.end(input);
      const classifiers = parse<RawClassifiers>(await lines[0]!);
      if (classifiers === undefined) return undefined;
      if (!wantsRst) return { readme_renderer: null, classifiers, renders: {} };
      const rest = parse<Omit<RawProbe, 'classifiers'>>(await lines[1]!);
      return rest ? { ...rest, classifiers } : undefined;
    },
    cancel: () => child?.stdin?.end('null'),
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

/** A probe started early; ask() once with what the files need, or cancel() when nothing does. */
export interface PythonProbe {
  ask(request: PythonProbeRequest): Promise<PythonProbeResult>;
  cancel(): void;
}

/**
 * Starts the first candidate at once and asks the others in turn until one has readme_renderer (when
 * RST is to be rendered) and trove_classifiers (when wanted); the best partial answer is kept.
 */
export function startPythonProbe(candidates: readonly string[]): PythonProbe {
  const list = [...new Set(candidates)];
  const first = list.length > 0 ? start(list[0]!) : undefined;
  return {
    cancel: () => first?.cancel(),
    ask: async (request) => {
      const input = JSON.stringify({ rst: Object.fromEntries(request.rst) });
      const needRst = request.rst.size > 0;
      let best: PythonProbeResult = { renders: new Map() };
      let bestScore = -1;
      for (const [i, python] of list.entries()) {
        const raw = await (i === 0 ? first! : start(python)).answer(input, needRst);
        if (!raw) continue;
        const result: PythonProbeResult = {
          python,
          readmeRenderer: raw.readme_renderer ?? undefined,
          classifiers:
            request.classifiers && raw.classifiers
              ? {
                  valid: new Set(raw.classifiers.valid),
                  deprecated: new Map(Object.entries(raw.classifiers.deprecated)),
                }
              : undefined,
          renders: new Map(Object.entries(raw.renders)),
        };
        const hasRst = !needRst || result.readmeRenderer !== undefined;
        const hasClassifiers = !request.classifiers || result.classifiers !== undefined;
        const score = (hasRst ? 2 : 0) + (hasClassifiers ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [result, score];
        if (hasRst && hasClassifiers) break;
      }
      return best;
    },
  };
}

/** Interpreters to try, in order: an explicit one, else python3/python on PATH, then the system's. */
export function pythonCandidates(explicit?: string): string[] {
  if (explicit) return [explicit];
  const list = ['python3', 'python'];
  if (process.platform !== 'win32') list.push('/usr/bin/python3');
  else list.push('py');
  return list;
}
