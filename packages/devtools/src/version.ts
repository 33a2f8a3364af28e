declare const __WINCALL_DEVTOOLS_VERSION__: string | undefined;

/**
 * The package version, set by the build from package.json. @wincall/devtools is versioned together
 * with @wincall/core, @wincall/react and @wincall/simulator (a changesets "fixed" group), so this is
 * also the core's version. `workspace` when the sources run unbuilt (tests, Storybook, the demo).
 */
export const VERSION: string = typeof __WINCALL_DEVTOOLS_VERSION__ === 'string' ? __WINCALL_DEVTOOLS_VERSION__ : 'workspace';
