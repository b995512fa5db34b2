import { useEffect, useState } from 'preact/hooks';

/** The time, renewed every `everyMs`, so that "3 min ago" keeps telling the truth on screen. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
