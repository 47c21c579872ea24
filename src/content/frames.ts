/**
 * Frames: a webmail may write a compose by script into an about:blank
 * document (Outlook's pop-out window, or a frame). The content script runs
 * there too (all_frames, match_about_blank); these helpers keep that cheap
 * and keep the frames from answering for each other.
 */

/** The webmail host of a document written by script: it carries its creator's origin ('' when opaque). */
export function writtenHost(): string {
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

/** Calls `then` once an element matching `selector` is in the document (at once if it already is). */
export function whenPresent(selector: string, then: () => void): void {
  if (document.querySelector(selector)) {
    then();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    then();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

/** The frame element holding this document, when the parent is readable (same origin), else null. */
function ownFrame(): Element | null {
  try {
    return window.frameElement;
  } catch {
    return null;
  }
}

/** True when focus sits in a frame of this page whose document runs this script (it answers then). */
function focusInScriptedFrame(): boolean {
  const active = document.activeElement;
  try {
    return active instanceof HTMLIFrameElement && active.contentDocument?.documentElement.dataset.thankYouNote === 'ready';
  } catch {
    return false;
  }
}

/**
 * Messages to a tab reach every frame: the top document answers unless the
 * user is in a frame of ours; a frame answers only while it has the focus.
 */
export function answersForTab(): boolean {
  if (window === window.top) return !focusInScriptedFrame();
  const frame = ownFrame();
  return frame !== null && frame.ownerDocument.activeElement === frame;
}
