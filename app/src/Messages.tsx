import { renderText } from './i18n/index';
import { useAppStore, useAppStoreApi, useLocale, useT } from './store/provider';

/**
 * User messages (`data-testid="message"`, with `data-kind` and `data-count`), rendered as text in
 * the current language. Identical ones are one message with a count (`message-count`, ×3);
 * information goes away by itself (the store's timer), errors stay until their close button
 * (`message-dismiss`, a real button: Tab reaches it, Enter or Space closes) is used.
 */
export function Messages() {
  const messages = useAppStore((s) => s.messages);
  const locale = useLocale();
  const t = useT();
  const store = useAppStoreApi();
  return (
    <div className="messages" role="status" aria-live="polite" aria-label={t('messages')}>
      {messages.map((m) => (
        <div key={m.id} className={`message message-${m.kind}`} data-testid="message" data-kind={m.kind} data-count={m.count}>
          <span className="message-text">{renderText(m.text, locale)}</span>
          {m.count > 1 ? (
            <span className="message-count" data-testid="message-count" title={t('messageCount', { n: m.count })}>
              <span aria-hidden="true">×{m.count}</span>
              <span className="sr-only">{t('messageCount', { n: m.count })}</span>
            </span>
          ) : null}
          <button
            type="button"
            data-testid="message-dismiss"
            aria-label={t('dismiss')}
            title={t('dismiss')}
            onClick={() => store.getState().dismissMessage(m.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
