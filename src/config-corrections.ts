// Where people may send a correction: set at build time (VITE_CORRECTIONS_CONTACT, e.g. an e-mail
// address of the maintainers). Empty by default, and then the app offers no correction note at all.
export function correctionsContact(): string {
  const value: unknown = import.meta.env.VITE_CORRECTIONS_CONTACT;
  return typeof value === 'string' ? value.trim() : '';
}
