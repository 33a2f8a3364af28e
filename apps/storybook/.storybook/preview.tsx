import type { Decorator, Preview } from '@storybook/react-vite';
import { createMemoryTransport, createWinCallClient, loadCodeTexts } from '@wincall/core';
import { loadMessages, preloadParts, WinCallProvider } from '@wincall/react';
import '@wincall/react/styles.css';
import { localeOf, themeOf } from '../src/globals';
import './preview.css';

/**
 * Presentational components need no server, but they take their text from the nearest provider's
 * locale. This client only carries the locale: nothing ever connects it. Live stories put their
 * own provider inside.
 */
const offlineClient = createWinCallClient({
  vccCode: 'demo',
  pageLifecycle: false,
  transport: createMemoryTransport({
    connect() {
      throw new Error('this story has no server: make it a live story');
    },
  }),
});

/** Every story gets the toolbar's locale and theme (data-theme on a backdrop painted by the theme). */
const withLocaleAndTheme: Decorator = (Story, context) => (
  <WinCallProvider client={offlineClient} locale={localeOf(context.globals)}>
    <div className="sb-backdrop" data-theme={themeOf(context.globals)} data-view-mode={context.viewMode}>
      <Story />
    </div>
  </WinCallProvider>
);

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  // The kit loads its UI strings and some parts (directory, call history) on demand; stories start
  // with them at hand, so a locale switch never waits for a download and every story's axe check
  // sees the whole part.
  loaders: [async () => ({ preloaded: await Promise.all([loadMessages('zh-CN'), loadMessages('en'), loadCodeTexts(), preloadParts()]) })],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)', right: 'zh-CN' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    barLayout: {
      description: 'Softphone layout (auto: chosen by the width of its container)',
      toolbar: {
        title: 'Layout',
        icon: 'sidebar',
        items: [
          { value: 'auto', title: 'Auto (container width)' },
          { value: 'bar', title: 'Bar (one row)' },
          { value: 'panel', title: 'Panel (docked, 400 px)' },
          { value: 'compact', title: 'Compact (touch, 320 px)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light', barLayout: 'auto' },
  parameters: {
    layout: 'fullscreen',
    // Every story must pass axe: the components promise it, and so does the simulator panel.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Introduction', 'Hooks', 'Softphone', 'Parts', 'Connected', 'Flows'] },
    },
  },
};

export default preview;
