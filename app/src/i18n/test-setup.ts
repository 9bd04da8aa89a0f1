/**
 * Vitest setup: every language's texts loaded before a test runs, as the app does before it shows
 * a language (`loadLocale`), so that tests may render Korean synchronously.
 */
import { loadLocale } from './index';

await Promise.all([loadLocale('en'), loadLocale('ko')]);
