import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DESIGN_VERSION, MIGRATIONS, decodeDesignDocument, decodeShareLink, migrate, type Migration } from '@stackcanvas/core';

describe('document migrations (migrate → validate → normalize)', () => {
  it('version 2 is current: a version 1 document migrates to it unchanged but for the version, and a current one passes through untouched', () => {
    expect(DESIGN_VERSION).toBe(2);
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
    const v1 = Object.freeze({ format: 'stackcanvas.design', version: 1, name: 'n', nodes: [{ id: 'b', kind: 's3' }], extras: { Outputs: {} } });
    expect(migrate(v1)).toEqual({ ...v1, version: 2 });
    const v2 = { format: 'stackcanvas.design', version: 2, nodes: [] };
    expect(migrate(v2)).toBe(v2);
  });

  it('runs registered migrations in order up to the current version without mutating the input', () => {
    // A hypothetical version 0 that called nodes "boxes".
    const fromZero: Migration = {
      from: 0,
      up: (doc) => {
        const { boxes, ...rest } = doc;
        return { ...rest, nodes: boxes };
      },
    };
    const old = Object.freeze({ format: 'stackcanvas.design', version: 0, boxes: [{ id: 'b', kind: 's3' }] });
    expect(migrate(old, [fromZero, ...MIGRATIONS])).toEqual({ format: 'stackcanvas.design', version: 2, nodes: [{ id: 'b', kind: 's3' }] });
    expect(old).toEqual({ format: 'stackcanvas.design', version: 0, boxes: [{ id: 'b', kind: 's3' }] });
  });

  it('leaves what it cannot migrate to parseDesign, which says what is wrong', () => {
    for (const raw of [null, 3, 'x', [], { version: 'one' }, { version: 0 }, { version: 9 }]) expect(migrate(raw)).toBe(raw);
    const newer = decodeDesignDocument({ format: 'stackcanvas.design', version: 3, nodes: [] });
    expect(!newer.ok && newer.error.message).toMatch(/version 3, made by a newer Stackcanvas/);
    const zero = decodeDesignDocument({ format: 'stackcanvas.design', version: 0, nodes: [] });
    expect(!zero.ok && zero.error.message).toMatch(/expected version 2, got 0/);
  });

  it('a link decodes through the same pipeline (normalized: defaults filled, positions whole)', () => {
    const json = JSON.stringify({ format: 'stackcanvas.design', version: 1, nodes: [{ id: 'c', kind: 'elasticache', position: { x: 0.6, y: 7 } }] });
    const r = decodeShareLink(`#d=1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`);
    expect(r.ok && r.design.nodes[0]).toEqual({
      id: 'c',
      kind: 'elasticache',
      position: { x: 1, y: 7 },
      props: expect.objectContaining({ engine: 'redis', purpose: 'cache', replicas: 1 }),
    });
    expect(r.ok && r.design.name).toBe('untitled');
  });
});
