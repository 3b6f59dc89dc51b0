/**
 * The one site whose portraits the extension recognises without being asked:
 * the manifest's host permission, the recognition script's matches, the
 * portrait URL rules and the tests all read it from here.
 */
export const PORTRAIT_HOST = 'staedtepartnerschaftennrw.org';
