// Lets the page paint and answer input between steps of long work (short tasks, not one long one).
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
