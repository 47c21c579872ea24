/**
 * Preact assigns `innerHTML` only for `dangerouslySetInnerHTML`, which this
 * project never uses (ESLint forbids it). This plugin turns those assignments
 * into `textContent` so that no code path in the build can parse HTML from a
 * string, and fails the build if any `innerHTML =` assignment remains in a
 * bundled dependency (so an upgrade cannot slip one in unnoticed).
 */
import type { Plugin } from 'vite';

const ASSIGNMENT = /([\w$]+)\.innerHTML=(?!=)/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'thank-you-note:no-inner-html',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('/node_modules/preact/')) return null;
      if (!ASSIGNMENT.test(code)) return null;
      return { code: code.replace(ASSIGNMENT, '$1.textContent='), map: null };
    },
    generateBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (/\.innerHTML\s*=(?!=)/.test(chunk.code)) {
          this.error(`${name} assigns innerHTML; build HTML with DOM APIs instead.`);
        }
      }
    },
  };
}
