// Names the page and the service worker share: the Web Lock that keeps one sync at a time across tabs
// and the worker, and the Background Sync tag (also the message a worker sends an open tab).
export const LOCK_NAME = 'circle-of-care-sync';
export const BACKGROUND_SYNC_TAG = 'circle-of-care-sync';
