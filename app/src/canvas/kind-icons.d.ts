declare module 'virtual:stackcanvas/kind-icons' {
  /** Icon path in `aws-icons` (the catalog's `icon`) → URL. */
  export const KIND_ICONS: Readonly<Record<string, string>>;
}
