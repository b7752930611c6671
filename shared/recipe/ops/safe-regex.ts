/**
 * A guard for clerk-typed regular expressions (filter rows): JavaScript's backtracking engine
 * can take exponential time on patterns like `(a+)+$` (ReDoS, OWASP). We refuse what can blow
 * up rather than try to time it: long patterns, back-references, lookarounds, and a quantified
 * group that itself contains a quantifier or an alternation (star height > 1). Cells are also
 * cut to MAX_SUBJECT characters before matching.
 */
export const MAX_PATTERN = 200;
export const MAX_SUBJECT = 10_000;

export type RegexIssue = 'tooLong' | 'invalid' | 'unsafe';

export function checkRegex(pattern: string): RegexIssue | null {
  if (pattern.length > MAX_PATTERN) return 'tooLong';
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  if (/\\[1-9]|\\k<|\(\?<?[=!]/.test(pattern)) return 'unsafe';
  // Walk groups: a group with a quantifier (or | ) inside, followed by a quantifier, is nested.
  const stack: { quantified: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip a character class; quantifier characters inside it are literals.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (ch === '(') stack.push({ quantified: false });
    else if (ch === ')') {
      const group = stack.pop();
      const next = pattern[i + 1];
      const quantifiedAfter = next === '*' || next === '+' || next === '?' || next === '{';
      if (group?.quantified === true && quantifiedAfter && next !== '?') return 'unsafe';
      if (stack.length > 0 && (group?.quantified === true || quantifiedAfter)) {
        (stack[stack.length - 1] as { quantified: boolean }).quantified = true;
      }
    } else if (ch === '*' || ch === '+' || ch === '{' || ch === '|') {
      if (stack.length > 0) (stack[stack.length - 1] as { quantified: boolean }).quantified = true;
    }
  }
  return null;
}
