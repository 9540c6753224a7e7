import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'coverage/', 'examples/*/dist/'],
  },
  {
    // src, test, stories, .storybook, scripts and the config files at the root.
    files: ['**/*.{ts,mts,js,mjs}'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: {
      // The widgets extend our shared base class, not LitElement directly.
      wc: { elementBaseClasses: ['LitElement', 'StaedtepartnerElement'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // The widgets' strings go through their own runtime (src/i18n/msg.ts, docs/translations.md):
    // @lit/localize's msg() would show them in a host app's language, and its root module
    // would put its page-wide runtime into the script-tag build. Types are fine.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@lit/localize', message: 'Import msg and str from src/i18n/msg.ts.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai assertions are property reads: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
