// Unit tests run outside an extension, where webextension-polyfill throws on
// import; this in-memory fake stands in for it (aliased in vitest.config.ts).
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
export { fakeBrowser };
