import vm from 'node:vm';

/**
 * Loads a package published only as ES modules (pdfjs-dist's .mjs build) in a test: jest's module
 * registry refuses them (it runs ES modules only under --experimental-vm-modules), so the package
 * is loaded by Node's own loader, outside the sandbox.
 */
export function requireEsm<T>(specifier: string): T {
  try {
    return require(specifier) as T;
  } catch (error) {
    if (!/ES Module|ERR_REQUIRE_ESM|Must use import/i.test(String((error as Error).message))) throw error;
    const createRequire = vm.runInThisContext("process.getBuiltinModule('node:module').createRequire") as (
      path: string,
    ) => NodeRequire;
    return createRequire(__filename)(specifier) as T;
  }
}
