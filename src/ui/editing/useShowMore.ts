import { useState } from 'preact/hooks';

/** How many rows a long list shows at first and adds each time: a directory may hold 20,000. */
export const LIST_PAGE = 50;

export function useShowMore(): [number, () => void] {
  const [shown, setShown] = useState(LIST_PAGE);
  return [shown, () => setShown((n) => n + LIST_PAGE)];
}
