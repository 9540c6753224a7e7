import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/generated/', 'coverage/'],
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
    files: ['test/**/*.ts'],
    rules: {
      // Chai assertions are property reads: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
