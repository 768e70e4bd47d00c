// The design system's React package injects its whole stylesheet (350 kB) when
// imported. jsdom does no layout, but would still match every rule on each
// computed-style lookup, which Testing Library's role queries make for every
// element: a test then takes ten times as long for nothing.
beforeEach(() => {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
});
