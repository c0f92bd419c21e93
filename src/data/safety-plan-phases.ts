// The safety plan's three parts, free of the schema library so screens can use them at run time
// without shipping valibot (validation happens in tests and the build).
export const PHASES = ['staying', 'leaving', 'after'] as const;
export type Phase = (typeof PHASES)[number];
