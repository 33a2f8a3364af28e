// The core's test helper, shared by every package's tests.
export { until } from '../../core/__tests__/support/until';
