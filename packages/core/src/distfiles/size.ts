/** Sizes as users write them in inputs: `104857600`, `100MiB`, `100 MB`, `1GiB`. */
import { ConfigurationError } from '../errors/index.js';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** Bytes in `text`; `where` names the input or flag in the error. MB is 10⁶, MiB is 2²⁰. */
export function parseSize(text: string, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m?.[2]?.toLowerCase() ?? '';
  if (!m || !(unit in UNITS)) {
    throw new ConfigurationError(
      `${where} is '${text}', which is not a size: write bytes (104857600) or a number with KB, MB, GB, KiB, MiB or GiB (100MiB is PyPI's default limit).`,
    );
  }
  return Math.round(Number(m[1]) * UNITS[unit]!);
}
