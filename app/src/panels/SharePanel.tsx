import { t } from '../i18n/index';
import { useAppStore } from '../store/createAppStore';

/** Share link; filled by the share-link work (issue 7). */
export function SharePanel() {
  const locale = useAppStore((s) => s.locale);
  return <div className="panel-body muted">{t('comingSoon', locale)}</div>;
}
