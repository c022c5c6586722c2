/** Keyboard helpers shared by the card and the end-of-session screen. */

/** U, or Ctrl+Z as in an editor. */
export function isUndoKey(event: KeyboardEvent): boolean {
  return event.key.toLowerCase() === 'u' || (event.ctrlKey && event.key.toLowerCase() === 'z');
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}
