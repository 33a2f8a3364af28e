import type { NextConfig } from 'next';

// create-next-app's defaults, with Cache Components on (the default the issue was found with).
const nextConfig: NextConfig = { cacheComponents: true };

export default nextConfig;
