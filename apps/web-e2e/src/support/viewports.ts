export interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}

/** A common laptop, and the narrowest phone the interface must work on (WCAG reflow at 320 CSS px plus margin). */
export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];
