/** Storage keys, kept free of browser imports so tests and scripts can use them. */
export const DATA_KEY = 'thankYouNote';
