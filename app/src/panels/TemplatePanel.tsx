import { t } from '../i18n/index';
import { useAppStore } from '../store/createAppStore';

/** Live CloudFormation template; filled by the CloudFormation export work (issue 5). */
export function TemplatePanel() {
  const locale = useAppStore((s) => s.locale);
  return <div className="panel-body muted">{t('comingSoon', locale)}</div>;
}
