import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { destroyHarnesses } from './render';

afterEach(() => {
  cleanup();
  destroyHarnesses();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
