/**
 * The value of the field an event came from. The design system's form-field
 * components type their change events as the wrapping element's, although
 * the event comes from the input, select or text area inside.
 */
export function inputValue(event: { target: EventTarget }): string {
  const { target } = event;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
    ? target.value
    : '';
}
