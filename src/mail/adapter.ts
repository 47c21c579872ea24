/** The parts every adapter shares: finding composes from their body editors. */
import type { Compose, MailAdapter, WebmailName } from './types';

export function adapterFrom(
  name: WebmailName,
  bodySelector: string,
  composeOf: (body: HTMLElement) => Compose | null,
): MailAdapter {
  const findComposes = (root: ParentNode): Compose[] => {
    const bodies = [...root.querySelectorAll<HTMLElement>(bodySelector)];
    if (root instanceof HTMLElement && root.matches(bodySelector)) bodies.unshift(root);
    return bodies.map(composeOf).filter((c): c is Compose => c !== null);
  };
  return {
    name,
    findComposes,
    composeFor(node) {
      const el = node instanceof Element ? node : node.parentElement;
      const body = el?.closest<HTMLElement>(bodySelector);
      if (body) return composeOf(body);
      return el ? (findComposes(el.ownerDocument).find((c) => c.root.contains(el)) ?? null) : null;
    },
  };
}
