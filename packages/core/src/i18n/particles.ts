/**
 * The Korean particle pairs a message template may write after a placeholder (`{label}을/를`),
 * apart from the choice between their forms (`josa.ts`, which needs es-hangul): filling an English
 * template never needs that choice, so the app fetches it with its Korean texts.
 */

/** Particle pairs a template may use, written consonant form first (as Korean grammars list them). */
export const PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '과/와',
  '으로/로',
  '이나/나',
  '이랑/랑',
  '이라/라',
  '이에요/예요',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '아/야',
] as const;
export type Particle = (typeof PARTICLES)[number];

/** The form of `particle` that follows `word` (`pickParticle` in `josa.ts`). */
export type ParticlePicker = (word: string, particle: Particle) => string;

/**
 * Both forms at once, as Korean writes them when the word is unknown: `을(를)`, `이(가)`, `(으)로`.
 * What a template gets when no picker is given; never a wrong form, only a less fluent one.
 */
export const bothForms: ParticlePicker = (_word, particle) => {
  const [consonant, vowel] = particle.split('/') as [string, string];
  return consonant.endsWith(vowel) ? `(${consonant.slice(0, consonant.length - vowel.length)})${vowel}` : `${consonant}(${vowel})`;
};
