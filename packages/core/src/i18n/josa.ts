/**
 * Korean particles (조사) chosen by how the word before them ends, so a template `{label}을/를`
 * reads `세션을` and `캐시를`, never `세션을(를)`. es-hangul decides for Hangul; it treats every
 * other character as vowel-final, so Latin letters and digits are first read the way a Korean
 * reader says them:
 *
 * - Hangul syllable: its own final consonant (받침), via es-hangul.
 * - Digits: the trailing number read in Sino-Korean (`numberToHangul`): 1 일, 3 삼, 10 십 → final
 *   consonant; 2 이, 4 사, 5 오, 9 구 → vowel (`웹 서버 2가`, `캐시 3을`). Digits right after Latin
 *   letters are a product name read in English (`S3` 에스쓰리, `EC2` 이씨투): the last digit's English
 *   name decides, one 원, seven 세븐, eight 에잇, nine 나인 ending in a consonant (`S3를`, `EC2를`).
 * - Latin, an acronym (a single letter, or the trailing letters all capitals: `WAF`, `DB`, `ALB`):
 *   spelled letter by letter, so only the last letter's name counts. L 엘 and R 알 end in ㄹ
 *   (`SQL로`), M 엠 and N 엔 in another consonant; every other letter name ends in a vowel
 *   (`WAF는`, `DB를`, `RDS가`, `DAX를`).
 * - Latin, a word (`Cache`, `Web`, `Table`): read as a loanword, following the usual
 *   transcription: a final m, n, ng is a consonant (`Origin은`); a final l or a consonant + le is ㄹ
 *   (`Table로`); a short vowel + p, b, t, k, c, ck, pp, bb, tt is a consonant (`Web은` 웹, `Bucket은` 버킷,
 *   `Static은`); anything else (a vowel, a silent e, r, s, x, d, f, g, nt…) is vowel-final
 *   (`Cache는` 캐시, `Server는` 서버, `Redis는` 레디스, `Front는` 프런트). This is a heuristic: English
 *   spelling does not fix pronunciation, and a label the rule misreads can be renamed.
 * - Trailing spaces, quotes, brackets and punctuation are skipped (`"캐시"를`, `웹 서버 (2)가`).
 * - Nothing readable (empty, symbols only, other scripts): vowel-final.
 */
import { getJongseong, josa, numberToHangul } from 'es-hangul';
import type { Particle } from './particles';

/** How a word ends, for choosing a particle. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

type EsHangulParticle = Parameters<typeof josa.pick>[1];

/** es-hangul spells the 과/와 pair vowel form first; every other pair is the same. */
function toEsHangul(particle: Particle): EsHangulParticle {
  return particle === '과/와' ? '와/과' : particle;
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
const LAST_READABLE = /([\uAC00-\uD7A3]|[0-9]+|[A-Za-z]+)[^\uAC00-\uD7A30-9A-Za-z]*$/;
/** English digit names that end in a consonant: one 원, seven 세븐, eight 에잇, nine 나인. */
const ENGLISH_DIGITS_WITH_FINAL = '1789';
const VOWEL_LETTERS = 'aeiouy';

function letterName(letter: string): FinalSound {
  const c = letter.toUpperCase();
  if (c === 'L' || c === 'R') return 'rieul';
  if (c === 'M' || c === 'N') return 'consonant';
  return 'vowel';
}

function englishWord(word: string): FinalSound {
  const w = word.toLowerCase();
  if (/(m|n|ng)$/.test(w)) return 'consonant';
  if (/(l|[^aeiouy]le)$/.test(w)) return 'rieul';
  // A short vowel then one stop: Web 웹, App 앱, Bucket 버킷, Stack 스택, Static 스태틱.
  const stop = /([aeiouy])(p|b|t|k|c|ck|pp|bb|tt)$/.exec(w);
  if (stop) {
    const before = w.length - stop[0].length - 1;
    if (before < 0 || !VOWEL_LETTERS.includes(w.charAt(before))) return 'consonant';
  }
  return 'vowel';
}

function syllable(char: string): FinalSound {
  const final = getJongseong(char);
  if (!final) return 'vowel';
  return final === 'ㄹ' ? 'rieul' : 'consonant';
}

/** How `word` ends when read aloud in Korean (see the module comment for the rules). */
export function finalSound(word: string): FinalSound {
  const m = LAST_READABLE.exec(word);
  if (!m) return 'vowel';
  const last = m[1]!;
  if (HANGUL_SYLLABLE.test(last)) return syllable(last);
  if (/^[0-9]+$/.test(last)) {
    const before = word.charAt(m.index - 1);
    if (/[A-Za-z]/.test(before)) return ENGLISH_DIGITS_WITH_FINAL.includes(last.charAt(last.length - 1)) ? 'consonant' : 'vowel';
    const digits = last.length > 15 ? last.slice(-15) : last;
    const read = numberToHangul(Number(digits));
    return syllable(read.charAt(read.length - 1));
  }
  const acronym = last.length === 1 || last === last.toUpperCase();
  return acronym ? letterName(last.charAt(last.length - 1)) : englishWord(last);
}

/** A syllable that ends like `sound`, for es-hangul to choose by (it also knows ㄹ + 으로/로). */
const STAND_IN: Readonly<Record<FinalSound, string>> = { vowel: '가', rieul: '갈', consonant: '감' };

/** The form of `particle` that follows `word`: `pickParticle('세션', '을/를')` → `을`. */
export function pickParticle(word: string, particle: Particle): string {
  return josa.pick(STAND_IN[finalSound(word)], toEsHangul(particle));
}
