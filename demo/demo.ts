// The demo page uses the sources directly (served by Vite), so changes show at once.
import '../src/all.js';

// Language buttons change <html lang>, as a site's own language switch would;
// every widget on the page follows.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  const language = button.dataset['lang'] ?? 'en';
  button.addEventListener('click', () => {
    document.documentElement.lang = language;
    for (const other of document.querySelectorAll('button[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
  button.setAttribute('aria-pressed', String(document.documentElement.lang === language));
}
