/**
 * Vitest setup: what the app fetches before it shows it is loaded before a test runs, so that
 * tests may use it synchronously: every language's texts (`loadLocale`) and the traffic model
 * (`loadTrafficModel`, fetched by the app when traffic mode or the Traffic tab first opens).
 */
import { loadLocale } from './i18n/index';
import { loadTrafficModel } from './store/trafficModel';

await Promise.all([loadLocale('en'), loadLocale('ko'), loadTrafficModel()]);
