import { useEffect, useState } from 'preact/hooks';
import { focusField } from './formKit';

/**
 * Focus to move once the next render is on screen: a field by id (the number of a phone just added) or
 * an element (the Add button, after its row was removed and took the focused button with it).
 */
export function useFocusLater(): (target: string | HTMLElement | null) => void {
  const [target, setTarget] = useState<string | HTMLElement | null>(null);
  useEffect(() => {
    if (target === null) return;
    if (typeof target === 'string') focusField(target);
    else target.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
