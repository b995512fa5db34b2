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
  | { name: 'transfer' };

export function createNavigation() {
  const stack = signal<Screen[]>([{ name: 'search' }]);
  const screen = computed(() => stack.value[stack.value.length - 1] as Screen);
  const canGoBack = computed(() => stack.value.length > 1);

  return {
    screen,
    canGoBack,
    /** Opens a screen on top of the current one. */
    open(next: Screen): void {
      stack.value = [...stack.value, next];
    },
    /** Switches to a top-level screen (the tabs), forgetting the way there. */
    switchTo(next: Screen): void {
      stack.value = [next];
    },
    /** Back to the first screen, with no trail. */
    reset(): void {
      stack.value = [{ name: 'search' }];
    },
    back(): void {
      if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
    },
  };
}

export type Navigation = ReturnType<typeof createNavigation>;
