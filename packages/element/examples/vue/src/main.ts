import { createApp } from 'vue';
// Registers <wincall-softphone>; Vue is told it is a custom element in vite.config.ts.
import '@wincall/element';
import App from './App.vue';

createApp(App).mount('#app');
