/** Walks draft HTML parsed by a real HTML parser (happy-dom) against the allow-list: <p> and <br>, no attributes. */

export interface ParsedDraft {
  /** Elements or attributes outside the allow-list, described. */
  violations: string[];
  /** The text the parsed HTML shows: paragraphs apart by a blank line, <br> as a line break. */
  text: string;
}

const ALLOWED_IN_BODY = new Set(['P']);
const ALLOWED_IN_P = new Set(['BR']);

export function parseDraftHtml(html: string): ParsedDraft {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const violations: string[] = [];
  if (doc.head.childNodes.length > 0) violations.push(`head holds ${doc.head.innerHTML}`);
  const paragraphs: string[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      violations.push(`top-level ${node.nodeName}`);
      continue;
    }
    const el = node as Element;
    if (!ALLOWED_IN_BODY.has(el.tagName)) violations.push(`top-level <${el.tagName}>`);
    for (const attr of el.attributes) violations.push(`attribute ${attr.name} on <${el.tagName}>`);
    let text = '';
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE && ALLOWED_IN_P.has((child as Element).tagName)) {
        const br = child as Element;
        for (const attr of br.attributes) violations.push(`attribute ${attr.name} on <BR>`);
        if (br.childNodes.length > 0) violations.push('<BR> with children');
        text += '\n';
      } else violations.push(`<${child.nodeName}> inside <P>`);
    }
    paragraphs.push(text);
  }
  return { violations, text: paragraphs.join('\n\n') };
}
