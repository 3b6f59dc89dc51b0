/**
 * Keyboard command names. The manifest (wxt.config.ts) declares them, the
 * background handles them and the options page shows their shortcuts, so all
 * three read the name from here.
 */
export const CLIP_COMMAND = 'clip-page';
