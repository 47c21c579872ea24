/**
 * The performance mark the popup sets once its first screen with data is in
 * the DOM. Its own module, free of browser APIs, so the benchmark reads the
 * same name the popup writes.
 */
export const FIRST_RENDER_MARK = 'thank-you-note:first-render';
