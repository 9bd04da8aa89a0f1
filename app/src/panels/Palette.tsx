import { CATEGORIES, catalog, KINDS } from '@stackcanvas/core';
import { iconUrl } from '../canvas/icons';
import { t } from '../i18n/index';
import { useAppStore } from '../store/createAppStore';

/** The component palette, grouped by catalog category (adding nodes arrives with the canvas work). */
export function Palette() {
  const locale = useAppStore((s) => s.locale);
  return (
    <nav className="palette" aria-label={t('palette', locale)}>
      <h2>{t('palette', locale)}</h2>
      {CATEGORIES.filter((c) => KINDS.some((k) => catalog[k].category === c.id)).map((category) => (
        <section key={category.id}>
          <h3>{category.name[locale]}</h3>
          {KINDS.filter((k) => catalog[k].category === category.id).map((kind) => (
            <div key={kind} className="palette-item" data-testid={`palette-${kind}`} title={catalog[kind].description[locale]}>
              <img src={iconUrl(catalog[kind].icon)} alt="" width={28} height={28} />
              <span>{catalog[kind].name[locale]}</span>
            </div>
          ))}
        </section>
      ))}
    </nav>
  );
}
