import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(() => {
  // Set-up that must happen once per install/update lives here.
});
