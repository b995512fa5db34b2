// In-app navigation, in memory: the address bar never shows a search, a filter or a service, and the
// app keeps its own Back.
import { computed, signal } from '@preact/signals';

export type Screen =
  | { name: 'search' }
  | { name: 'service'; id: string }
  | { name: 'saved' }
  | { name: 'crisis' }
  /** `section: 'sync'` scrolls to the sync section (the header's sync status opens it). */
  | { name: 'settings'; section?: 'sync' }
  | { name: 'workbook' }
  | { name: 'map' }
  /** The coordinator's screen: agencies, invites, devices, audit log. */
  | { name: 'network' }
  /** Conflicts and refused changes kept for a person to resolve (S4). */
  | { name: 'conflicts' }
  /** "My agency's listings": what is over 12 months old or has an alert, and a way to add one. */
  | { name: 'listings' }
  /**
   * A form for one directory record; without `id` it creates one (`organizationId` preset), or goes
   * on with the new record whose unsaved draft is kept under `draftId`.
   */
  | {
      name: 'edit';
      entity: 'organization' | 'service' | 'location';
      id?: string;
      organizationId?: string;
      draftId?: string;
    }
  /** Import (HSDS JSON, CSV datapackage, bundle) with its preview, and the exports. */
  | { name: 'transfer' }
  /** Referrals received and sent (a member of an agency). */
  | { name: 'referrals' }
  /** A referral to one service's agency. */
  | { name: 'refer'; serviceId: string };

/** Where a person was on a screen they left for another: restored by Back. */
export interface ReturnPoint {
  scrollY: number;
  /** The `data-return` of the control to focus again (the card that was opened). */
  focus?: string;
}

export function createNavigation() {
  const stack = signal<Screen[]>([{ name: 'search' }]);
  /** Per stack entry below the top: where the person was when they opened the next screen. */
  let returns: Array<ReturnPoint | undefined> = [];
  /**
   * Set by `back()` for the screen shown again; the shell scrolls and focuses, then clears it. Null
   * after any other move: the new screen starts at its top with focus on its heading.
   */
  const restore = signal<ReturnPoint | null>(null);
  const screen = computed(() => stack.value[stack.value.length - 1] as Screen);
  const canGoBack = computed(() => stack.value.length > 1);

  return {
    screen,
    canGoBack,
    restore,
    /** Opens a screen on top of the current one; `from` is where to come back to. */
    open(next: Screen, from?: ReturnPoint): void {
      returns = [...returns.slice(0, stack.value.length - 1), from];
      restore.value = null;
      stack.value = [...stack.value, next];
    },
    /** Switches to a top-level screen (the tabs), forgetting the way there. */
    switchTo(next: Screen): void {
      returns = [];
      restore.value = null;
      stack.value = [next];
    },
    /** Back to the first screen, with no trail. */
    reset(): void {
      returns = [];
      restore.value = null;
      stack.value = [{ name: 'search' }];
    },
    back(): void {
      const depth = stack.value.length;
      if (depth <= 1) return;
      restore.value = returns[depth - 2] ?? null;
      returns = returns.slice(0, depth - 2);
      stack.value = stack.value.slice(0, -1);
    },
  };
}

export type Navigation = ReturnType<typeof createNavigation>;
