import { useEffect } from 'react';
import { t } from './i18n/index';
import { useAppStore } from './store/createAppStore';

const INFO_MS = 6000;

/** User messages (`data-testid="message"`, with `data-kind`), rendered as text. Errors stay until dismissed. */
export function Messages() {
  const messages = useAppStore((s) => s.messages);
  const dismiss = useAppStore((s) => s.dismissMessage);
  const locale = useAppStore((s) => s.locale);
  useEffect(() => {
    const timers = messages.filter((m) => m.kind === 'info').map((m) => setTimeout(() => dismiss(m.id), INFO_MS));
    return () => timers.forEach(clearTimeout);
  }, [messages, dismiss]);
  if (!messages.length) return null;
  return (
    <div className="messages" role="status" aria-live="polite">
      {messages.map((m) => (
        <div key={m.id} className={`message message-${m.kind}`} data-testid="message" data-kind={m.kind}>
          <span>{m.text}</span>
          <button type="button" aria-label={t('dismiss', locale)} onClick={() => dismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
