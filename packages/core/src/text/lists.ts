/** Lists as users write them in a single setting. */

/** The items of a list written one per line or separated by commas, trimmed, empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
