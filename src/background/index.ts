import browser from '../shared/browser';

browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first install opens the options page, where the user sets their name.
  if (reason === 'install') void browser.runtime.openOptionsPage();
});
