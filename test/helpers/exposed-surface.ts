// The exact window.lifeline surface, pinned: widening it must show up as a change to this list.
export const EXPOSED_METHODS = [
  'getAppInfo',
  'getStatus',
  'getBundle',
  'syncNow',
  'importBundleFromFolder',
  'openExternal',
  'getTheme',
  'setTheme',
  'print',
  'saveAsPdf',
  'onStatusChanged',
  'onSyncProgress',
  'onNavigate',
  'onMenuCommand',
] as const;
