import vm from 'node:vm';

/**
 * Loads a package published only as ES modules (agenda 6, marked). Node ≥ 20.19 `require`s those
 * natively; jest's module registry on Node 20 refuses them, so there the package is loaded by Node's
 * own loader, outside the test sandbox. In a built service the first branch always succeeds.
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
