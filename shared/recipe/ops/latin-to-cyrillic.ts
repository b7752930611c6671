/**
 * Serbian Latin → Cyrillic (serbian-pii.md §3.1), which is ambiguous where `lj`, `nj`, `dž` are
 * two letters (`injekcija` → инјекција, `nadživeti` → надживети): a short stem list answers
 * those. Tokens that must never change stay Latin: anything with q/w/x/y or foreign diacritics,
 * URLs and e-mails, tokens with digits (codes, plates, units like `m2`, `CO2`), Roman numerals
 * (`Petra I` stays `Петра I`), and all-caps abbreviations of up to 4 letters before a digit.
 * Cyrillic → Latin lives in shared/text/transliterate.ts (issue 6); this is the other way.
 */
const SINGLE: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
};
const DIGRAPH: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/**
 * Stems (lower case, Latin) in which the pair is two letters. From the prefix lists of
 * turanjanin/cirilizator (MIT), trimmed to what city files meet; extend here, not in code.
 */
const SPLIT_STEMS: readonly string[] = [
  // n + j
  'injek',
  'injun',
  'konjuk',
  'konjug',
  'konjunk',
  'vanjez',
  'vanjug',
  'tanjug',
  // d + ž
  'nadžanj',
  'nadždrel',
  'nadžive',
  'nadživl',
  'nadžnje',
  'odžali',
  'odživ',
  'odžval',
  'podžanr',
  'podžar',
  'podžel',
  'podživ',
  'podžnje',
  'podžup',
  'predžel',
  'predživ',
  'nadžup',
];

const FOREIGN = /[qwxyQWXY]|[^\p{Script=Latin}\p{Script=Common}\p{M}]|[à-öø-ÿ]/u;
const SERBIAN_LATIN_EXTRA = /[čćđšžČĆĐŠŽ]/g;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const URL_OR_MAIL = /^[a-z][a-z0-9+.-]*:\/\/|^www\.|@/i;

/** Foreign words written in Latin in Serbian text (cirilizator keeps a list like this). */
const FOREIGN_WORDS = new Set([
  'facebook',
  'instagram',
  'twitter',
  'youtube',
  'online',
  'offline',
  'internet',
  'web',
  'email',
  'e-mail',
  'software',
  'hardware',
  'copyright',
  'google',
  'microsoft',
  'windows',
  'excel',
  'pdf',
]);

function keepLatin(token: string): boolean {
  if (token === '' || /\d/.test(token)) return true;
  if (FOREIGN_WORDS.has(token.toLowerCase())) return true;
  if (URL_OR_MAIL.test(token)) return true;
  if (ROMAN.test(token)) return true;
  const plain = token.replace(SERBIAN_LATIN_EXTRA, 'a');
  return FOREIGN.test(plain);
}

function splitAt(lower: string, index: number): boolean {
  for (const stem of SPLIT_STEMS) {
    // The pair sits inside the stem at the same offset (a prefix anywhere in the word).
    for (let start = lower.indexOf(stem); start >= 0; start = lower.indexOf(stem, start + 1)) {
      const offset = index - start;
      if (offset >= 0 && offset < stem.length - 1) return true;
    }
  }
  return false;
}

function convertWord(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = lower.slice(i, i + 2);
    const digraph = DIGRAPH[pair];
    if (digraph !== undefined && !splitAt(lower, i)) {
      const first = word[i] as string;
      out += first === first.toLowerCase() ? digraph : digraph.toUpperCase();
      i++;
      continue;
    }
    const ch = word[i] as string;
    const mapped = SINGLE[lower[i] as string];
    if (mapped === undefined) out += ch;
    else out += ch === ch.toLowerCase() ? mapped : mapped.toUpperCase();
  }
  return out;
}

const SHORT_CAPS = /^\p{Lu}{1,4}$/u;

/** Serbian Latin → Cyrillic, token by token; untouchable tokens pass through. */
export function latinToCyrillic(text: string): string {
  // Split on whitespace, keeping it; a token is everything between spaces (URLs stay whole).
  const tokens = text.normalize('NFC').split(/(\s+)/);
  const cores = tokens.map((token) => {
    // Trailing punctuation must not hide a Roman numeral (`I,`) or a URL.
    const match = /^([("„“'«]*)(.*?)([)"”'».,;:!?]*)$/su.exec(token);
    const [, lead = '', core = '', tail = ''] = match ?? [];
    return { lead, core, tail };
  });
  const hasDigit = (i: number): boolean => /\d/.test(cores[i]?.core ?? '');
  return tokens
    .map((token, i) => {
      if (/^\s*$/.test(token)) return token;
      const { lead, core, tail } = cores[i] ?? { lead: '', core: token, tail: '' };
      if (keepLatin(core)) return token;
      // A plate or code: `PA 123-AB`, `ROP 45/2023` — short capitals next to a number.
      if (SHORT_CAPS.test(core) && (hasDigit(i + 2) || hasDigit(i - 2))) return token;
      return lead + convertWord(core) + tail;
    })
    .join('');
}
