import type { I18n } from '@stackcanvas/core';
import type { en } from './en';

/** A key of the message tables (`en.ts` defines them; every other table has exactly these). */
export type MessageKey = keyof typeof en;

/** The shape every language's table must have. */
export type MessageTable = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/**
 * A message of the app's tables, not yet in a language: rendered when shown, so a message on
 * screen follows a change of language, and two identical messages are recognised as such.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, Param>>;
}

/**
 * A message of core's error catalogue: a stable code, its parameters, and its text in each
 * language (placeholders `{name}` in the texts are filled from `params`, particles included).
 */
export interface CoreMessage extends I18n {
  readonly code: string;
  readonly params?: Readonly<Record<string, Param>>;
}

/** What a message shows: one of the app's messages, or a text from core (plain `I18n` or catalogued). */
export type Text = Message | I18n | CoreMessage;

/**
 * A placeholder's value: text as it is (a label, a file name), a number, or something shown in
 * the user's language (a catalog name `I18n`, a nested message).
 */
export type Param = string | number | I18n | Message;
