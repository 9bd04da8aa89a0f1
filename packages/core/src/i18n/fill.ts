/**
 * Filling a message template: `{name}` placeholders replaced by their values, and the Korean
 * particle written after a placeholder (`{label}을/를`) chosen by how the value ends (the picker:
 * `pickParticle` of `josa.ts`). One implementation for core's messages and the app's.
 */
import { bothForms, PARTICLES, type Particle, type ParticlePicker } from './particles';

const CLOSERS = `"'”’」』)\\]`;
const PAIRS = [...PARTICLES].sort((a, b) => b.length - a.length).join('|');
const PLACEHOLDER = new RegExp(`\\{(\\w+)\\}([${CLOSERS}]*)(${PAIRS})?`, 'g');

/**
 * `fillTemplate('{label}을/를 지웁니다', { label: '세션' }, (v) => String(v), pickParticle)` → `세션을 지웁니다`.
 * Without `pick`, a particle is written in both forms (`세션을(를)`): pass `pickParticle` for Korean.
 */
export function fillTemplate<P>(
  template: string,
  params: Readonly<Record<string, P>> | undefined,
  text: (value: P) => string,
  pick: ParticlePicker = bothForms,
): string {
  if (!params || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, closers: string, particle: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = text(params[name]!);
    return `${value}${closers}${particle ? pick(value, particle as Particle) : ''}`;
  });
}

/** The placeholder names of a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
