// The colours menu sets color-scheme on the root element, as a site's own theme switch should:
// the page's canvas follows the root, and the widgets follow the background behind them.
const menu = document.querySelector<HTMLSelectElement>('#color-scheme');
menu?.addEventListener('change', () => {
  document.documentElement.style.colorScheme = menu.value;
});
