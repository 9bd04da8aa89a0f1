import { t } from '../i18n/index';
import { useAppStore } from '../store/createAppStore';

/** Validation results; filled by the validation work (issue 4). */
export function DiagnosticsPanel() {
  const locale = useAppStore((s) => s.locale);
  return (
    <div data-testid="diagnostics" className="panel-body">
      <p className="muted">{t('comingSoon', locale)}</p>
    </div>
  );
}
