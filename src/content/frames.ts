/**
 * Frames: a webmail may write a compose by script into an about:blank
 * document (Outlook's pop-out window, or a frame). The content script runs
 * there too (all_frames, match_about_blank); these helpers keep that cheap
 * and keep the frames from answering for each other.
 */

/**
 * A document the page writes by script: about:blank (a pop-out window before
 * it is written), or a frame with no address of its own (document.open gives
 * it the page's URL). Cross-origin frames have no readable frame element.
 */
export function isWrittenDocument(): boolean {
  const frame = window.frameElement;
  return location.protocol === 'about:' || (!!frame && !frame.getAttribute('src')?.replace('about:blank', ''));
}

/** The webmail host of a document written by script: it carries its creator's origin ('' when opaque). */
export function writtenHost(): string {
  return self.origin.split('//')[1] ?? '';
}

/** Calls `then` once an element matching `selector` is in the document (at once if it already is). */
export function whenPresent(selector: string, then: () => void): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    then();
  });
  if (document.querySelector(selector)) then();
  else observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

/**
 * Messages to a tab reach every frame: the top document answers unless the
 * user is in a frame where this script runs (marked ready); such a frame
 * answers only while it holds the focus. Cross-origin frames read as null.
 */
export function answersForTab(): boolean {
  const frame = window.frameElement;
  if (!frame) {
    const active = document.activeElement;
    return !(active instanceof HTMLIFrameElement && active.contentDocument?.documentElement.dataset.thankYouNote);
  }
  return frame.ownerDocument.activeElement === frame;
}
