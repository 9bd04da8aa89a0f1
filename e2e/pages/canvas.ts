/** Page object of the designer canvas: the gestures a person makes, in Playwright terms. */
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Each test of the calling spec file starts on a freshly opened app, and fails when the page threw
 * or opened a dialog. `opened` receives the page object and may go on (open a tab, check the
 * first nodes); `beforeOpen` runs before the app loads (listeners that must see its requests).
 */
export function openCanvasEachTest(opened: (cp: CanvasPage) => Promise<void> | void, beforeOpen?: (page: Page) => void): void {
  const problems: string[] = [];
  test.beforeEach(async ({ page }) => {
    problems.length = 0;
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
    beforeOpen?.(page);
    const cp = new CanvasPage(page);
    await cp.goto();
    await opened(cp);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });
}

export interface SavedDoc {
  name: string;
  nodes: { id: string; kind: string; label?: string; position: { x: number; y: number }; props: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; props: Record<string, unknown> }[];
}

export class CanvasPage {
  readonly canvas: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas');
    this.pane = this.canvas.locator('.react-flow__pane');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.canvas).toBeVisible();
  }

  /** Opens a new blank design through the designs dialog. */
  async openBlank(): Promise<void> {
    await this.page.getByTestId('designs').click();
    await this.page.getByTestId('template-blank').click();
    await expect(this.nodes()).toHaveCount(0);
  }

  nodes(): Locator {
    return this.canvas.locator('.react-flow__node');
  }

  node(id: string): Locator {
    return this.canvas.locator(`.react-flow__node[data-id="${id}"]`);
  }

  edges(): Locator {
    return this.canvas.locator('.react-flow__edge');
  }

  /** Drags a palette item onto the canvas at a point relative to the canvas' top-left corner. */
  async dropFromPalette(kind: string, x: number, y: number): Promise<void> {
    await this.page.getByTestId(`palette-${kind}`).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  /** Drags from the source handle of one node to the target handle of another. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    const from = this.node(sourceId).locator('.react-flow__handle.source');
    const to = this.node(targetId).locator('.react-flow__handle.target');
    await this.dragBetween(from, to);
  }

  async dragBetween(from: Locator, to: Locator): Promise<void> {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 5, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Drags a node by its body. */
  async moveNode(id: string, dx: number, dy: number): Promise<void> {
    const box = (await this.node(id).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) await this.page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
    await this.page.mouse.up();
  }

  async select(id: string, opts: { shift?: boolean } = {}): Promise<void> {
    await this.node(id).click({ modifiers: opts.shift ? ['Shift'] : [] });
  }

  /** The current design as the autosave stored it in IndexedDB (waits for the write). */
  async saved(): Promise<SavedDoc> {
    let doc: SavedDoc | null = null;
    await expect
      .poll(async () => {
        const { current, records } = await storedDesigns(this.page);
        const raw = records.find((r) => r.id === current)?.text;
        doc = raw ? (JSON.parse(raw) as SavedDoc) : null;
        return doc !== null;
      })
      .toBe(true);
    return doc!;
  }

  /** Polls the saved design until `check` holds (autosave is debounced). */
  async expectSaved(check: (doc: SavedDoc) => boolean, message = 'saved design'): Promise<SavedDoc> {
    let last: SavedDoc | null = null;
    await expect
      .poll(
        async () => {
          last = await this.saved();
          return check(last);
        },
        { message },
      )
      .toBe(true);
    return last!;
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
}

export interface StoredRecord {
  id: string;
  name: string;
  updatedAt: number;
  rev: number;
  text: string;
}

/**
 * What the app stored in IndexedDB: every design record and the current design's id. Reads the
 * database only when the app created it (opening a missing one would create it empty).
 */
export async function storedDesigns(page: Page): Promise<{ current: string | null; records: StoredRecord[] }> {
  return page.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'stackcanvas')) return { current: null, records: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('stackcanvas');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('designs')) return { current: null, records: [] };
      const tx = db.transaction(['designs', 'meta'], 'readonly');
      const get = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const [records, current] = await Promise.all([get(tx.objectStore('designs').getAll()), get(tx.objectStore('meta').get('current'))]);
      return { current: typeof current === 'string' ? current : null, records: records as StoredRecord[] };
    } finally {
      db.close();
    }
  });
}

/** The saved designs as one comparable record: the index (id, name, time) and each design's text. */
export async function savedDesigns(page: Page): Promise<Record<string, string>> {
  const { records } = await storedDesigns(page);
  if (!records.length) return {};
  const out: Record<string, string> = {
    index: JSON.stringify(records.map(({ id, name, updatedAt }) => ({ id, name, updatedAt }))),
  };
  for (const r of records) out[`design.${r.id}`] = r.text;
  return out;
}
