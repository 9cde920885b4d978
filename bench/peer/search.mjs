// Name search with the same ranking idea as ClusterGraph's engine: fold names and the query
// (NFKC, lower case, letters and digits only, Hangul initial consonants kept), then score each
// entity by its best name or alias: exact name 110, exact alias 100, prefix 70 + 10 * coverage,
// substring 50 + 10 * coverage, one-typo fuzzy 30 + 10 * coverage. Hits rank by score, then ID.

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MIN_FUZZY_LENGTH = 4;
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const WORD_SEPARATORS = /[-·/,()&.]/;

const isSyllable = (code) => code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;
export const isInitialJamo = (ch) => ch >= '\u3131' && ch <= '\u314e' && INITIALS.includes(ch);
const initialOf = (code) => INITIALS[Math.floor((code - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL)];

function isSimple(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code < 0x80 || isSyllable(code) || isInitialJamo(text[i]))) return false;
  }
  return true;
}

/** The folded form of a text (possibly empty). */
export function fold(text) {
  const normalized = isSimple(text) ? text : text.normalize('NFKC');
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    const ch = code >= 0x1100 && code <= 0x1112 ? INITIALS[code - 0x1100] : normalized[i];
    if (LETTER_OR_DIGIT.test(ch)) {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

/** The words of a text, each folded, empty ones dropped. */
export function foldWords(text) {
  const words = [];
  for (const part of text.split(/\s+/)) {
    if (part.length === 0) continue;
    for (const piece of part.split(WORD_SEPARATORS)) {
      if (piece.length === 0) continue;
      const folded = fold(piece);
      if (folded.length > 0) words.push(folded);
    }
  }
  return words;
}

function choseong(folded) {
  let any = false;
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSyllable(code)) {
      any = true;
      out += initialOf(code);
    } else {
      out += folded[i];
    }
  }
  return any ? out : folded;
}

function matches(query, name) {
  return query === name || (isSyllable(name.charCodeAt(0)) && isInitialJamo(query) && initialOf(name.charCodeAt(0)) === query);
}

function indexOfMixed(name, query) {
  for (let start = 0; start + query.length <= name.length; start++) {
    let i = 0;
    while (i < query.length && matches(query[i], name[start + i])) i++;
    if (i === query.length) return start;
  }
  return -1;
}

/** At most one insertion, deletion, substitution or adjacent swap apart (no substrings made). */
export function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix === shorter) return true;
  const sameFrom = (x, xStart, y, yStart) => {
    if (x.length - xStart !== y.length - yStart) return false;
    for (let i = 0; xStart + i < x.length; i++) if (x.charCodeAt(xStart + i) !== y.charCodeAt(yStart + i)) return false;
    return true;
  };
  if (a.length === b.length) {
    return sameFrom(a, prefix + 1, b, prefix + 1)
      || (a.length - prefix >= 2 && a[prefix] === b[prefix + 1] && a[prefix + 1] === b[prefix] && sameFrom(a, prefix + 2, b, prefix + 2));
  }
  return a.length > b.length ? sameFrom(a, prefix + 1, b, prefix) : sameFrom(a, prefix, b, prefix + 1);
}

// Word boundaries of the folded text; one word when folding word by word does not rebuild it.
function wordsOf(text, folded) {
  const words = foldWords(text);
  if (words.length <= 1) return [folded];
  let end = 0;
  for (const word of words) {
    if (!folded.startsWith(word, end)) return [folded];
    end += word.length;
  }
  return end === folded.length ? words : [folded];
}

/** An entity's names and aliases prepared for search (deduplicated by folded form). */
export function searchFormsOf(entity) {
  const forms = [];
  const add = (text, isName) => {
    if (typeof text !== 'string' || text.trim().length === 0) return;
    const folded = fold(text);
    if (folded.length === 0 || forms.some((f) => f.folded === folded)) return;
    forms.push({ original: text, folded, choseong: choseong(folded), words: wordsOf(text, folded), isName });
  };
  add(entity.names?.ko, true);
  add(entity.names?.en, true);
  for (const alias of entity.aliases ?? []) add(alias, false);
  return forms;
}

/** Scores forms against one query. */
export class Matcher {
  constructor(text) {
    this.folded = fold(text);
    this.words = foldWords(text);
    this.hasJamo = [...this.folded].some(isInitialJamo);
    this.allJamo = [...this.folded].every(isInitialJamo);
  }

  score(form) {
    const { folded } = this;
    const position = this.find(form);
    if (position >= 0) {
      const coverage = folded.length / form.folded.length;
      if (position === 0 && folded.length === form.folded.length && !this.hasJamo) {
        return { score: form.isName ? 110 : 100, matched: form.original };
      }
      return position === 0
        ? { score: 70 + 10 * coverage, matched: form.original }
        : { score: 50 + 10 * coverage, matched: form.original };
    }
    return this.isFuzzy(form)
      ? { score: 30 + 10 * Math.min(1, folded.length / form.folded.length), matched: form.original }
      : null;
  }

  find(form) {
    if (this.folded.length > form.folded.length) return -1;
    if (!this.hasJamo) return form.folded.indexOf(this.folded);
    return this.allJamo ? form.choseong.indexOf(this.folded) : indexOfMixed(form.folded, this.folded);
  }

  isFuzzy(form) {
    if (this.hasJamo) return false;
    if (this.folded.length >= MIN_FUZZY_LENGTH && withinOneEdit(this.folded, form.folded)) return true;
    let anyLong = false;
    for (const word of this.words) {
      const longWord = word.length >= MIN_FUZZY_LENGTH;
      anyLong ||= longWord;
      let matched = false;
      for (const candidate of form.words) {
        if (candidate.startsWith(word) || (longWord && withinOneEdit(word, candidate))) {
          matched = true;
          break;
        }
      }
      if (!matched) return false;
    }
    return anyLong;
  }
}
