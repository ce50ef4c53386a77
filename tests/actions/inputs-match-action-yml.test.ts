/**
 * Each action's parseInputs against its action.yml, the contract users read (and the READMEs are
 * generated from): every declared input is read and no undeclared one, the parsed Inputs are keyed
 * by the declared names, an empty input behaves as action.yml's `default:` says, and an input left
 * empty is refused exactly when it is `required:` (the runner does not enforce `required`). The
 * actions are discovered from actions/*, so a new one is covered without editing this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { type InputSource, inputsFrom } from '@otai-release/core/action';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Values for required inputs that have no default: something valid, as a workflow would pass. */
const SAMPLES: Record<string, string> = { version: 'patch' };

interface DeclaredInput {
  required: boolean;
  default?: string;
}

type ParseInputs = (get: InputSource) => Record<string, unknown>;

const sourceNames = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'actions', d.name, 'inputs.ts')))
  .map((d) => d.name)
  .sort();
/** The all-in-one action's source is actions/release; its action.yml is the repository's root one. */
const ROOT_ACTION = 'release';
const ymlNames = [
  ...readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'action.yml')))
    .map((d) => d.name),
  ...(existsSync(join(ROOT, 'action.yml')) ? [ROOT_ACTION] : []),
].sort();

function declaredInputs(action: string): Record<string, DeclaredInput> {
  const file = action === ROOT_ACTION ? join(ROOT, 'action.yml') : join(ROOT, action, 'action.yml');
  const spec = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { required?: boolean | string; default?: unknown } | null>;
  };
  return Object.fromEntries(
    Object.entries(spec.inputs ?? {}).map(([name, input]) => [
      name,
      {
        required: input?.required === true || input?.required === 'true',
        default: input?.default === undefined || input.default === null ? undefined : String(input.default),
      },
    ]),
  );
}

/** What a runner passes when the workflow gives nothing: each default, or a sample for a required input. */
function runnerValues(inputs: Record<string, DeclaredInput>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => {
      if (input.default !== undefined && input.default !== '') {
        // An expression default (`${{ github.token }}`) reaches the action evaluated: a token.
        return [name, input.default.startsWith('${{') ? 'ghs_runnertoken' : input.default];
      }
      return [name, SAMPLES[name] ?? ''];
    }),
  );
}

/** An InputSource over `values` that also records the names it was asked for. */
function recordingSource(values: Record<string, string>): { get: InputSource; asked: Set<string> } {
  const asked = new Set<string>();
  const base = inputsFrom(values);
  // Object.assign keeps whatever else an InputSource carries (its mask) on the recording function.
  const get = Object.assign((name: string) => {
    asked.add(name);
    return base(name);
  }, base) as InputSource;
  return { get, asked };
}

const parsers = new Map<string, ParseInputs>();
beforeAll(async () => {
  for (const name of sourceNames) {
    const module = (await import(`../../actions/${name}/inputs.js`)) as { parseInputs: ParseInputs };
    parsers.set(name, module.parseInputs);
  }
});

describe('action.yml and parseInputs agree', () => {
  test('every action has its action.yml folder, and every action.yml its actions/ source', () => {
    expect(sourceNames.length).toBeGreaterThanOrEqual(4);
    expect(ymlNames).toEqual(sourceNames);
  });

  describe.each(sourceNames)('%s', (action) => {
    const inputs = declaredInputs(action);
    const defaults = runnerValues(inputs);
    const parseWith = (values: Record<string, string>) => {
      const { get, asked } = recordingSource(values);
      return { parsed: parsers.get(action)!(get), asked };
    };

    test('parseInputs reads every input action.yml declares, and no other', () => {
      const required = Object.entries(inputs).filter(([n, i]) => i.required && !i.default && !SAMPLES[n]);
      expect(required.map(([n]) => `give ${n} a value in SAMPLES`)).toEqual([]);
      const { asked } = parseWith(defaults);
      expect([...asked].sort()).toEqual(Object.keys(inputs).sort());
    });

    test('the parsed Inputs are keyed by the names action.yml declares', () => {
      expect(Object.keys(parseWith(defaults).parsed).sort()).toEqual(Object.keys(inputs).sort());
    });

    test('an empty input is parsed as its action.yml default', () => {
      const withDefault = Object.entries(inputs).filter(
        ([, i]) => i.default !== undefined && i.default !== '' && !i.default.startsWith('${{'),
      );
      const atDefaults = parseWith(defaults).parsed;
      const differing = withDefault.flatMap(([name, input]) => {
        const whenEmpty = parseWith({ ...defaults, [name]: '' }).parsed;
        if (isDeepStrictEqual(whenEmpty, atDefaults)) return [];
        const shown = (value: unknown) => JSON.stringify(value) ?? 'undefined';
        return [
          `${name}: action.yml's default '${input.default}' parses to ${shown(atDefaults[name])}, an empty input to ${shown(whenEmpty[name])}`,
        ];
      });
      expect(differing).toEqual([]);
    });

    test('an input is refused when empty exactly when action.yml marks it required, naming it', () => {
      const mismatches = Object.entries(inputs).flatMap(([name, input]) => {
        let error: unknown;
        try {
          parseWith({ ...defaults, [name]: '' });
        } catch (caught) {
          error = caught;
        }
        if (input.required && error === undefined) return [`${name}: required, but accepted empty`];
        if (input.required && !String(error).includes(`'${name}'`)) {
          return [`${name}: refused empty without naming it: ${String(error)}`];
        }
        if (!input.required && error !== undefined) {
          return [`${name}: not required in action.yml, but refused empty: ${String(error)}`];
        }
        return [];
      });
      expect(mismatches).toEqual([]);
    });
  });
});
