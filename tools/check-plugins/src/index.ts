export { checkPlugins, type CheckResult, type Problem } from './check-plugins.js';
export { README_SECTIONS, checkReadme } from './check-readme.js';
export { checkCases } from './check-cases.js';
export { checkPackageJson } from './check-package-json.js';
export { checkRegistration, checkChangeset } from './check-registration.js';
export { checkPluginObject } from './check-plugin-object.js';
export { readPluginFolder, pluginFolderNames, type PluginFolder, type PackageJson } from './plugin-folder.js';
export { readWorkspace, CORPUS_DIRS, type WorkspaceFacts } from './workspace.js';
