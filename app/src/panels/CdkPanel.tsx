import { t } from '../i18n/index';
import { useAppStore } from '../store/createAppStore';

/** CDK stack preview and project download; filled by the CDK export work (issue 6). */
export function CdkPanel() {
  const locale = useAppStore((s) => s.locale);
  return <div className="panel-body muted">{t('comingSoon', locale)}</div>;
}
