import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadCodeTexts } from '@wincall/core';
import { loadMessages } from '../../src';
import { destroyHarnesses } from './render';

// The catalogs load on demand (the bar suspends until its locale's is there); tests render with
// both at hand (and the core's error texts in both languages), as a page that preloads them. __tests__/lazyMessages.test.tsx covers the cold start.
await Promise.all([loadMessages('zh-CN'), loadMessages('en'), loadCodeTexts()]);

afterEach(() => {
  cleanup();
  destroyHarnesses();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
