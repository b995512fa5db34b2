/** Moves focus to the current screen's heading (made focusable), as a screen reader user expects. */
export function focusScreenHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}
