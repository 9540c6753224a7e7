import { executeServerCommand } from '@web/test-runner-commands';

/** Sets the viewport to `width` × `height` CSS px, in Chromium, Firefox and WebKit alike (test/support/viewport-plugin.mjs). */
export async function setViewportSize(width: number, height: number): Promise<void> {
  await executeServerCommand('viewport', { width, height });
}
