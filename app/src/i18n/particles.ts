/**
 * Core's rule messages, fixes and a few errors are plain `{ en, ko }` texts written with both forms
 * of a particle (`“waf”은(는)`), since the label before them is only known when they are made.
 * `settleParticles` turns each double form into the one that fits the word before it, with the same
 * choice core makes for its templates (the picker: `pickParticle`, es-hangul, which comes with the
 * Korean table).
 */
import type { Particle, ParticlePicker } from '@stackcanvas/core';

/** Both forms written at once → the pair they stand for. */
const DOUBLE_FORMS: Readonly<Record<string, Particle>> = {
  '은(는)': '은/는',
  '는(은)': '은/는',
  '이(가)': '이/가',
  '가(이)': '이/가',
  '을(를)': '을/를',
  '를(을)': '을/를',
  '과(와)': '과/와',
  '와(과)': '과/와',
  '(으)로': '으로/로',
  '(이)나': '이나/나',
  '(이)라': '이라/라',
};
const DOUBLE = new RegExp(
  Object.keys(DOUBLE_FORMS)
    .map((k) => k.replace(/[()]/g, '\\$&'))
    .join('|'),
  'g',
);

/** `settleParticles('“Edge WAF”은(는)', pickParticle)` → `“Edge WAF”는`. */
export function settleParticles(text: string, pick: ParticlePicker): string {
  return text.replace(DOUBLE, (form, offset: number) => pick(text.slice(0, offset), DOUBLE_FORMS[form]!));
}
