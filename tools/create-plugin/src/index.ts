export { createPlugin, type CreatePluginOptions, type CreatedPlugin } from './create-plugin.js';
export { pluginNames, checkName, checkKey, PluginNameError, type PluginNames } from './names.js';
export { pluginPackageJson, formatJson, type ToolVersions } from './package-json.js';
export { registerWithCli, isRegistered } from './register.js';
export { findWorkspaceRoot, workspaceAt, type Workspace } from './workspace.js';
export { nextSteps } from './next-steps.js';
