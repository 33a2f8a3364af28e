import type { ReactNode } from 'react';
import '@wincall/react/styles.css';

export const metadata = { title: 'Next.js consumer' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
