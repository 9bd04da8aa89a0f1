/**
 * The change-set preview's state and actions: which environment's baseline the change set compares
 * with, whether the canvas shows the changes, and the baseline actions ("Mark as deployed", "Load
 * deployed template", forget). Baselines live in the design document (core `setBaseline` /
 * `removeBaseline`), so storing one is an edit: saved with the design, one undo step.
 *
 * `@stackcanvas/core/changeset` carries a 34 KB-gzip replacement table: it is loaded with a dynamic
 * import the first time the Change set tab (or a loaded template) needs it, never with the app.
 */
import { MAX_IMPORT_BYTES, removeBaseline, setBaseline, type EnvironmentName } from '@stackcanvas/core';
import type { ImportErrorCode } from '@stackcanvas/core/import';
import { msg, type Param } from '../../i18n/index';
import { activeEnvironment } from '../../panels/changeView';
import { createDiffMemo, type ChangesetModule, type DiffMemo } from '../diffMemo';
import type { CfnModule } from '../exportMemo';
import type { Slice } from '../types';

export interface ChangesSlice {
  /** The environment chosen in the Change set tab; null = the one marked or loaded last (else dev). */
  readonly changeEnv: EnvironmentName | null;
  /** Whether the canvas colours the components by their change and draws the removed ones. @default true */
  readonly changesOnCanvas: boolean;
  /** The change-set module, once loaded. */
  readonly changesetModule: ChangesetModule | null;
  /** The diff of this store's design against a baseline, shared by the tab and the canvas. */
  readonly diffFor: DiffMemo;

  /** The CloudFormation exporter (`@stackcanvas/core/cfn`), once loaded. */
  readonly cfnModule: CfnModule | null;

  /** Loads `@stackcanvas/core/changeset` and the exporter (once); `changesetModule` is set when both are. */
  loadChangeset(): Promise<ChangesetModule>;
  /** Loads `@stackcanvas/core/cfn` (once). */
  loadCfn(): Promise<CfnModule>;
  setChangeEnv(env: EnvironmentName): void;
  setChangesOnCanvas(on: boolean): void;
  /** Stores the current export as the deployed baseline of the active environment; false (and a message) when it cannot be exported. */
  markDeployed(): boolean;
  /** Reads a deployed template (YAML or JSON) with core's safe loader and stores it as the baseline; a bad file changes nothing. */
  loadBaseline(file: File): Promise<boolean>;
  /** Forgets the baseline of the active environment. */
  forgetBaseline(): void;
}

export const createChangesSlice: Slice<ChangesSlice> = (deps) => (set, get) => {
  let loading: Promise<ChangesetModule> | null = null;
  let loadingCfn: Promise<CfnModule> | null = null;
  const at = () => new Date(deps.now()).toISOString();
  const env = () => activeEnvironment(get().design, get().changeEnv);
  return {
    changeEnv: null,
    changesOnCanvas: true,
    changesetModule: null,
    cfnModule: null,
    diffFor: createDiffMemo(),

    loadCfn: () => {
      loadingCfn ??= import('@stackcanvas/core/cfn').then(
        (m) => {
          set({ cfnModule: m });
          return m;
        },
        (e: unknown) => {
          loadingCfn = null; // a later attempt may work
          throw e;
        },
      );
      return loadingCfn;
    },
    loadChangeset: () => {
      loading ??= Promise.all([import('@stackcanvas/core/changeset'), get().loadCfn()]).then(
        ([m]) => {
          set({ changesetModule: m });
          return m;
        },
        (e: unknown) => {
          loading = null; // a later attempt may work (a network hiccup while fetching the chunk)
          throw e;
        },
      );
      return loading;
    },
    setChangeEnv: (changeEnv) => set({ changeEnv }),
    setChangesOnCanvas: (changesOnCanvas) => set({ changesOnCanvas }),

    markDeployed: () => {
      const s = get();
      const environment = env();
      if (!s.cfnModule) {
        // The button is on the Change set tab, which loads the exporter; try again once it is here.
        void s.loadCfn().then(
          () => get().markDeployed(),
          () => undefined,
        );
        return false;
      }
      const generated = s.cfnExport(s.design, s.cfnModule);
      if (!generated.ok) {
        s.notify(msg('markDeployedFailed', { detail: generated.message }), 'error');
        return false;
      }
      // Plain JSON, as a template read back from the stack would be.
      const template = JSON.parse(JSON.stringify(generated.template)) as Record<string, unknown>;
      s.commit(setBaseline(s.design, environment, template, at(), 'marked'));
      set({ changeEnv: environment });
      s.notify(msg('markedDeployed', { env: environment, n: generated.count }), 'info');
      return true;
    },

    loadBaseline: async (file) => {
      const refuse = (code: ImportErrorCode, detail: Param) => {
        get().notify(msg('baselineRefused', { file: file.name, lead: msg(`importLead.${code}`), detail }), 'error');
        return false;
      };
      if (file.size > MAX_IMPORT_BYTES) {
        const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
        return refuse('too-large', msg('baselineTooLarge', { size: mb(file.size), limit: mb(MAX_IMPORT_BYTES) }));
      }
      const { readFileText } = await import('../../import/readText');
      const read = await readFileText(file);
      if ('error' in read) {
        get().notify(read.error, 'error');
        return false;
      }
      const text = read.text;
      // Core's loader for untrusted files: size, YAML as CloudFormation reads it (short-form tags to
      // long form), alias and depth budgets, forbidden keys. Never the app's own parser.
      const [{ loadUntrusted, detect }, changeset] = await Promise.all([import('@stackcanvas/core/import'), get().loadChangeset()]);
      const loaded = loadUntrusted(text, 'template');
      if (!loaded.ok) return refuse(loaded.error.code, loaded.error.message);
      if (detect(loaded.value) === 'design') return refuse('not-a-template', msg('baselineIsDesign'));
      const problem = changeset.checkTemplate(loaded.value);
      if (problem) return refuse('invalid-template', problem);
      const environment = env();
      const s = get();
      s.commit(setBaseline(s.design, environment, loaded.value as Record<string, unknown>, at(), 'loaded'));
      set({ changeEnv: environment });
      s.notify(msg('baselineLoaded', { file: file.name, env: environment }), 'info');
      return true;
    },

    forgetBaseline: () => {
      const s = get();
      s.commit(removeBaseline(s.design, env()));
    },
  };
};
