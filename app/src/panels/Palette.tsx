import { CATEGORIES, catalog, KINDS, type Kind } from '@stackcanvas/core';
import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { iconUrl } from '../canvas/icons';
import { KIND_MIME, useAddAtCenter } from '../canvas/dnd';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';

/**
 * The component palette, grouped by catalog category, with a search box and the catalog's
 * description as hover help. Drag an item onto the canvas; click or Enter adds it at the centre.
 */
export function Palette() {
  const open = useAppStore((s) => s.paletteOpen);
  const store = useAppStoreApi();
  const t = useT();
  if (!open)
    return (
      <nav className="palette collapsed" aria-label={t('palette')}>
        <button
          type="button"
          className="collapse-button"
          data-testid="palette-expand"
          title={t('openPalette')}
          aria-label={t('openPalette')}
          onClick={() => store.getState().setPaletteOpen(true)}
        >
          »
        </button>
      </nav>
    );
  return <PaletteList />;
}

function PaletteList() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const t = useT();
  const [query, setQuery] = useState('');
  const [help, setHelp] = useState<Kind | null>(null);
  const addAtCenter = useAddAtCenter();
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return KINDS;
    return KINDS.filter((k) => {
      const c = catalog[k];
      return [k, c.name.en, c.name.ko, c.description.en, c.description.ko].some((text) => text.toLowerCase().includes(q));
    });
  }, [query]);
  const onDragStart = (kind: Kind) => (e: DragEvent) => {
    e.dataTransfer.setData(KIND_MIME, kind);
    e.dataTransfer.setData('text/plain', kind);
    e.dataTransfer.effectAllowed = 'move';
  };
  const onKeyDown = (kind: Kind) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      addAtCenter(kind);
    }
  };
  return (
    <nav className="palette" aria-label={t('palette')} onMouseLeave={() => setHelp(null)}>
      <div className="palette-head">
        <h2>{t('palette')}</h2>
        <button
          type="button"
          className="collapse-button"
          data-testid="palette-collapse"
          title={t('hidePalette')}
          aria-label={t('hidePalette')}
          onClick={() => store.getState().setPaletteOpen(false)}
        >
          «
        </button>
      </div>
      <input
        type="search"
        className="palette-search"
        data-testid="palette-search"
        placeholder={t('paletteSearch')}
        aria-label={t('paletteSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {visible.length === 0 ? <p className="muted">{t('paletteEmpty')}</p> : null}
      {CATEGORIES.filter((c) => visible.some((k) => catalog[k].category === c.id)).map((category) => (
        <section key={category.id}>
          <h3>{category.name[locale]}</h3>
          {visible
            .filter((k) => catalog[k].category === category.id)
            .map((kind) => (
              <div
                key={kind}
                className="palette-item"
                data-testid={`palette-${kind}`}
                role="button"
                tabIndex={0}
                draggable
                title={`${catalog[kind].description[locale]}\n\n${t('paletteHint')}`}
                aria-description={catalog[kind].description[locale]}
                onDragStart={onDragStart(kind)}
                onClick={() => addAtCenter(kind)}
                onKeyDown={onKeyDown(kind)}
                onMouseEnter={() => setHelp(kind)}
                onFocus={() => setHelp(kind)}
              >
                <img src={iconUrl(catalog[kind].icon)} alt="" width={28} height={28} draggable={false} />
                <span>{catalog[kind].name[locale]}</span>
              </div>
            ))}
        </section>
      ))}
      {help ? (
        <aside className="palette-help" data-testid="palette-help">
          <strong>{catalog[help].name[locale]}</strong>
          <p>{catalog[help].description[locale]}</p>
          <p className="muted">{t('paletteHint')}</p>
        </aside>
      ) : null}
    </nav>
  );
}
