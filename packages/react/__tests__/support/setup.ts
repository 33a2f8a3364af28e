import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadMessages } from '../../src';
import { destroyHarnesses } from './render';

// The catalogs load on demand (the bar suspends until its locale's is there); tests render with
// both at hand, as a page that preloads them. __tests__/lazyMessages.test.tsx covers the cold start.
await Promise.all([loadMessages('zh-CN'), loadMessages('en')]);

afterEach(() => {
  cleanup();
  destroyHarnesses();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
