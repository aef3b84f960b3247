// Bounded edit distance (Damerau, optimal string alignment: a swapped pair is one slip) that gives up
// as soon as every path exceeds the bound, so a long or hostile term costs at most O(length x bound).
// Rows are reused typed arrays: the fuzzy pass runs this over thousands of words per query.
const MAX_LENGTH = 64;
let rowA = new Int32Array(MAX_LENGTH + 1);
let rowB = new Int32Array(MAX_LENGTH + 1);
let rowC = new Int32Array(MAX_LENGTH + 1);

export function withinDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return max + 1;
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const result = prev[b.length] as number;
  [rowA, rowB, rowC] = [prevPrev, prev, row];
  return result;
}

/** How many edits a term of this length may be forgiven: none below 4 letters, two from 7. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length >= 7 ? 2 : 1;
}
