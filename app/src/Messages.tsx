import { useAppStore } from './store/createAppStore';

/** User messages (`data-testid="message"`, with `data-kind`), rendered as text. */
export function Messages() {
  const messages = useAppStore((s) => s.messages);
  const dismiss = useAppStore((s) => s.dismissMessage);
  if (!messages.length) return null;
  return (
    <div className="messages" role="status" aria-live="polite">
      {messages.map((m) => (
        <div key={m.id} className={`message message-${m.kind}`} data-testid="message" data-kind={m.kind}>
          <span>{m.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
