// Line icons drawn inline (no icon font, no request): 24-unit paths, stroked in the text colour and
// hidden from screen readers; the label beside each icon is its name.

const PATHS = {
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.3 15.3 21 21',
  phone:
    'M6.6 3.5h3l1.6 4.3-2 1.4a11.5 11.5 0 0 0 5.6 5.6l1.4-2 4.3 1.6v3a2.1 2.1 0 0 1-2.3 2.1A16.7 16.7 0 0 1 4.5 5.8a2.1 2.1 0 0 1 2.1-2.3z',
  saved: 'M6.5 3.5h11v17l-5.5-3.8-5.5 3.8z',
  toolkit:
    'M8.5 4.5h-2a1.5 1.5 0 0 0-1.5 1.5v13.5a1.5 1.5 0 0 0 1.5 1.5h11a1.5 1.5 0 0 0 1.5-1.5V6a1.5 1.5 0 0 0-1.5-1.5h-2M8.5 3h7v3h-7zM8.5 11h7M8.5 14.5h7M8.5 18h4',
  map: 'M3.5 6.5 9 4l6 2.5 5.5-2.5v13.5L15 20l-6-2.5-5.5 2.5zM9 4v13.5M15 6.5V20',
  settings: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
  network:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3.5 20a5.5 5.5 0 0 1 11 0M16.5 11.5a2.5 2.5 0 1 0 0-5M17 14.6a5 5 0 0 1 3.5 5.4',
  exit: 'M10 4H5.5v16H10M14 8l4 4-4 4M18 12H9',
  back: 'M15 5l-7 7 7 7',
  referral: 'M4 6.5h10M4 12h7M4 17.5h10M15 9l4 3-4 3M19 12h-6',
  lock: 'M6.5 10.5h11v10h-11zM8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3M12 14.5v2.5',
  locate: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v4M12 18v4M2 12h4M18 12h4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
