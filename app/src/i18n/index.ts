/**
 * One `t(key, params)` over one table per language (`en.ts`, `ko.ts`). Keys and parameters are
 * type-checked: a key that is not in the tables, a missing parameter or one the template does not
 * use fails `tsc`. Placeholders are `{name}`; in Korean a particle pair right after one
 * (`{label}을/를`, also after a closing quote: `"{name}"을/를`) becomes the one form that fits how
 * the value ends (`josa.ts`).
 *
 * Messages kept for later (the store's messages) are `Message` values (`msg(key, params)`),
 * rendered when shown. Texts from core are `I18n` (`{ en, ko }`) or, from core's error catalogue,
 * `CoreMessage` (`{ code, params, en, ko }`): `renderCoreMessage` shows either in a language.
 */
import { bothForms, fillTemplate, type I18n, type Locale, type ParticlePicker } from '@stackcanvas/core';
import type { AriaLabelConfig } from '@xyflow/react';
import { en } from './en';
import type { ko } from './ko';
import { settleParticles } from './particles';
import type { CoreMessage, Message, MessageKey, MessageTable, Param, Placeholders, Text } from './types';

export type { CoreMessage, Message, MessageKey, MessageTable, Param, Text } from './types';

/**
 * The tables loaded so far. English is part of the first load; Korean is fetched by `loadLocale`
 * before the app shows it (at start-up when it is the saved or the browser's language, else when
 * the user switches to it).
 */
const TABLES: Partial<Record<Locale, MessageTable>> = { en };
/**
 * How a Korean particle is chosen (`pickParticle`, with es-hangul): it comes with the Korean
 * table, since only Korean templates hold particles. Until then both forms are written (`을(를)`).
 */
let pickParticle: ParticlePicker = bothForms;
const LOADERS: Readonly<Record<Locale, () => Promise<MessageTable>>> = {
  en: () => Promise.resolve(en),
  ko: () =>
    import('./ko').then((m) => {
      pickParticle = m.pickParticle;
      return m.ko;
    }),
};
const loading: Partial<Record<Locale, Promise<void>>> = {};

/** Whether `locale`'s table is in (`translate` in it then answers in that language). */
export function localeLoaded(locale: Locale): boolean {
  return TABLES[locale] !== undefined;
}

/** Fetches `locale`'s table once; resolves when `translate` can answer in it. */
export function loadLocale(locale: Locale): Promise<void> {
  if (TABLES[locale]) return Promise.resolve();
  return (loading[locale] ??= LOADERS[locale]().then((table) => void (TABLES[locale] = table)));
}

/** The placeholders of `key` in either language (a language may use fewer than the other). */
export type ParamsOf<K extends MessageKey> = Placeholders<(typeof en)[K]> | Placeholders<(typeof ko)[K]>;

/** No argument for a message without placeholders; otherwise every placeholder's value. */
export type ParamArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: { readonly [P in ParamsOf<K>]: Param }];

/** `t('undo')`, `t('confirmDelete', { name })`: the text in the locale `t` was made for. */
export type T = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

function isMessage(text: Text | Param): text is Message {
  return typeof text === 'object' && 'key' in text;
}

/** A placeholder's value as text in `locale`. */
function paramText(value: Param, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return renderText(value, locale);
}

/** Fills `{name}` placeholders of `template` and picks the particles that follow them. */
export function fill(template: string, params: Readonly<Record<string, Param>> | undefined, locale: Locale): string {
  return fillTemplate(template, params, (value) => paramText(value, locale), pickParticle);
}

/** The text of `key` in `locale` (untyped parameters; prefer `t` or `msg`). */
export function translate(locale: Locale, key: MessageKey, params?: Readonly<Record<string, Param>>): string {
  // A table not loaded yet (never the case for the locale on show: see `loadLocale`) reads as English.
  const template: string | undefined = (TABLES[locale] ?? en)[key];
  // Types make an unknown key impossible; should one reach here anyway, show the key, not nothing.
  return template === undefined ? key : fill(template, params, locale);
}

/** A `t` bound to `locale`. */
export function createT(locale: Locale): T {
  return (key, ...params) => translate(locale, key, params[0]);
}

/** A message to show later (e.g. in the store's messages), type-checked like `t`. */
export function msg<K extends MessageKey>(key: K, ...params: ParamArgs<K>): Message {
  return params[0] ? { key, params: params[0] } : { key };
}

/**
 * A message of core (the error catalogue's `{ code, params, en, ko }`, or a plain `{ en, ko }`)
 * in `locale`. This is the one place the app turns core's texts into words: when core's error
 * catalogue lands, its errors are passed here (or stored as they are with `notify(error)`)
 * instead of reading `.message`.
 */
export function renderCoreMessage(message: CoreMessage | I18n, locale: Locale): string {
  const params = 'params' in message ? message.params : undefined;
  return coreText(fill(message[locale], params, locale), locale);
}

/**
 * A text of core (a rule's title, message or fix, an error) as shown: in Korean, the particles
 * core writes in both forms ("“waf”은(는)") become the one that fits (`settleParticles`).
 */
export function coreText(text: I18n | string, locale: Locale): string {
  const s = typeof text === 'string' ? text : text[locale];
  return locale === 'ko' ? settleParticles(s, pickParticle) : s;
}

/** What went wrong, as a message: core's catalogue entry when the error carries one (shown in the user's language), else its text. */
export function errorText(e: unknown): Text | string {
  if (e && typeof e === 'object' && 'detail' in e) {
    const d = (e as { detail: unknown }).detail;
    if (d && typeof d === 'object' && 'code' in d && 'en' in d && 'ko' in d) return d as CoreMessage;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Any message in `locale`: one of the app's, or one of core's. */
export function renderText(text: Text, locale: Locale): string {
  if (isMessage(text)) return translate(locale, text.key, text.params);
  return renderCoreMessage(text, locale);
}

/** The browser's language when it is Korean, else English. */
export function browserLocale(languages: readonly string[] = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : []): Locale {
  return languages.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

const DIRECTIONS: Readonly<Record<string, 'directionUp' | 'directionDown' | 'directionLeft' | 'directionRight'>> = {
  up: 'directionUp',
  down: 'directionDown',
  left: 'directionLeft',
  right: 'directionRight',
};

/** React Flow's own accessible labels (node and edge help, controls, minimap, handles) in `t`'s language. */
export function flowAriaLabels(t: T): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flowNodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flowNodeHelpKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => {
      const key = DIRECTIONS[direction];
      return t('flowNodeMoved', { direction: key ? msg(key) : direction, x, y });
    },
    'edge.a11yDescription.default': t('flowEdgeHelp'),
    'controls.ariaLabel': t('flowControls'),
    'controls.zoomIn.ariaLabel': t('flowZoomIn'),
    'controls.zoomOut.ariaLabel': t('flowZoomOut'),
    'controls.fitView.ariaLabel': t('flowFitView'),
    'controls.interactive.ariaLabel': t('flowInteractive'),
    'minimap.ariaLabel': t('flowMinimap'),
    'handle.ariaLabel': t('flowHandle'),
  };
}
