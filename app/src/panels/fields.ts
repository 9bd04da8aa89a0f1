/** Reading an inspector field's text as a prop value, with the error in the user's language. */
import { findUnsafeKeys, type Locale, type PropSpec } from '@stackcanvas/core';
import { createT } from '../i18n/index';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** Reads a field's text as the prop's value, or says what is wrong (in the user's language). */
export function parseField(spec: PropSpec, text: string, locale: Locale): Parsed {
  const t = createT(locale);
  switch (spec.type) {
    case 'integer': {
      const n = Number(text);
      if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < spec.min || n > spec.max) {
        return { ok: false, error: t('errInteger', { min: spec.min, max: spec.max }) };
      }
      return { ok: true, value: n };
    }
    case 'string': {
      if (text === '' && spec.default === undefined) return { ok: true, value: undefined };
      if (text.length > spec.maxLength) return { ok: false, error: t('errTooLong', { max: spec.maxLength }) };
      if (spec.pattern && !new RegExp(spec.pattern).test(text)) {
        if (text === '') return { ok: false, error: t('errRequired') };
        return { ok: false, error: spec.patternHelp?.[locale] ?? t('errPattern') };
      }
      return { ok: true, value: text };
    }
    case 'json': {
      try {
        const value: unknown = JSON.parse(text);
        const unsafe = findUnsafeKeys(value);
        if (unsafe.length) return { ok: false, error: t('errUnsafe', { path: unsafe[0]!.path, detail: unsafe[0]!.message }) };
        return { ok: true, value };
      } catch (e) {
        return { ok: false, error: t('errJson', { detail: e instanceof Error ? e.message : String(e) }) };
      }
    }
    case 'boolean':
      return { ok: true, value: text === 'true' };
    case 'enum':
      return spec.options.some((o) => o.value === text) ? { ok: true, value: text } : { ok: false, error: t('errPattern') };
  }
}
